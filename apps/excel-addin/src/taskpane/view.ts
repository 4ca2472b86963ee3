import type { HostFeatures } from '../office/requirements.js';
import type { ExcelRun } from './host.js';
import type { Language, MessageKey } from './i18n.js';

export type TabName = 'fill' | 'validate' | 'lookup' | 'progress';

/** What every panel gets from the app shell. */
export interface ViewContext {
  language(): Language;
  text(key: MessageKey, params?: Record<string, string | number>): string;
  run: ExcelRun;
  features: HostFeatures;
  /** Runs an Excel operation with the pane marked busy; errors become a status message. */
  busy(task: () => Promise<void>): Promise<void>;
  showTab(tab: TabName): void;
  /** Asks the shell to draw again (after state changed). */
  refresh(): void;
}

export interface View {
  render(): HTMLElement;
}
