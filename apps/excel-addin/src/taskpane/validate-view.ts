import type { CellValue, Problem, WorkbookGrid } from '@taizhang/core/report';
import { parseCell } from '../office/cells.js';
import { type CellChange, reverseChanges, writeEdits } from '../office/edits.js';
import { clearMarks, type MarkOutcome } from '../office/marks.js';
import { type ExcelValidation, selectCell, validateInExcel } from '../office/validate.js';
import { h } from './dom.js';
import { validate } from './engine.js';
import type { View, ViewContext } from './view.js';

/** What a cell held when the workbook was read: a fix applies only if it still holds that. */
function contentAt(grid: WorkbookGrid, sheet: string, cell: string): CellValue {
  const s = grid.sheets.find((x) => x.name === sheet);
  const { row, column } = parseCell(cell);
  return s?.formulas[row]?.[column] ?? '';
}

export function changesOf(problems: Problem[], grid: WorkbookGrid): CellChange[] {
  return problems.flatMap((p) =>
    (p.fix?.edits ?? []).map((edit) => ({
      sheet: edit.sheet,
      cell: edit.cell,
      expected: contentAt(grid, edit.sheet, edit.cell),
      next: edit.formula ?? edit.value ?? '',
    })),
  );
}

/**
 * Validate: problems grouped by sheet and severity, each one a button that selects its cell;
 * safe fixes one by one or all at once, after a confirmation (Excel's Undo does not cover add-ins),
 * with the pane's own undo.
 */
export class ValidateView implements View {
  private validation: ExcelValidation | null = null;
  private confirm: CellChange[] | null = null;
  private undo: CellChange[] | null = null;
  private notes: string[] = [];

  constructor(private readonly ctx: ViewContext) {}

  private async runValidation(): Promise<void> {
    const validation = await this.ctx.run((context) => validateInExcel(context, validate, this.ctx.features));
    this.validation = validation;
    this.confirm = null;
  }

  async validateNow(): Promise<void> {
    this.notes = [];
    this.undo = null;
    await this.ctx.busy(() => this.runValidation());
  }

  private async clear(): Promise<void> {
    await this.ctx.busy(async () => {
      const outcome: MarkOutcome = await this.ctx.run((context) => clearMarks(context, this.ctx.features));
      this.validation = null;
      this.confirm = null;
      this.notes = [this.ctx.text('cleared', { count: outcome.restored })];
      if (outcome.userChanged > 0)
        this.notes.push(this.ctx.text('clearedUserChanged', { count: outcome.userChanged }));
    });
  }

  private async apply(changes: CellChange[], undoing: boolean): Promise<void> {
    await this.ctx.busy(async () => {
      const outcome = await this.ctx.run((context) => writeEdits(context, changes));
      await this.runValidation();
      this.notes = [this.ctx.text(undoing ? 'undone' : 'fixDone', { count: outcome.applied.length })];
      if (outcome.stale.length > 0)
        this.notes.push(this.ctx.text('fixStale', { count: outcome.stale.length }));
      this.undo = undoing || outcome.applied.length === 0 ? null : reverseChanges(outcome.applied);
    });
  }

  private problemItem(problem: Problem, grid: WorkbookGrid): HTMLElement {
    const t = this.ctx.text;
    const message = problem.message[this.ctx.language()];
    // Excel cannot select a cell on a hidden sheet (the template's identity sheet is hidden): no link there.
    const visible =
      grid.sheets.find((s) => s.name === problem.sheet)?.visibility !== 'hidden' &&
      grid.sheets.find((s) => s.name === problem.sheet)?.visibility !== 'veryHidden';
    if (!visible) {
      return h(
        'li',
        { class: `problem ${problem.severity}`, 'data-code': problem.code },
        h(
          'span',
          { class: 'problem-link hidden-sheet', title: t('hiddenSheet') },
          h('span', { class: 'cell-ref' }, problem.cell),
          h('span', { class: 'problem-message' }, message),
        ),
      );
    }
    const select = h(
      'button',
      {
        class: 'problem-link',
        title: t('selectCellTitle'),
        'data-sheet': problem.sheet,
        'data-cell': problem.cell,
        onClick: () =>
          void this.ctx.busy(() =>
            this.ctx.run((context) => selectCell(context, problem.sheet, problem.cell)),
          ),
      },
      h('span', { class: 'cell-ref' }, problem.cell),
      h('span', { class: 'problem-message' }, message),
    );
    const item = h('li', { class: `problem ${problem.severity}`, 'data-code': problem.code }, select);
    if (problem.explanation) item.append(h('span', { class: 'badge' }, t('explained')));
    if (problem.fix) {
      const fixLabel = problem.fix[this.ctx.language()];
      item.append(
        h(
          'button',
          {
            class: 'button small fix',
            title: fixLabel,
            onClick: () => {
              this.confirm = changesOf([problem], grid);
              this.ctx.refresh();
            },
          },
          `${t('fixOne')}：${fixLabel}`,
        ),
      );
    }
    return item;
  }

  private reportView(validation: ExcelValidation): HTMLElement {
    const t = this.ctx.text;
    const { report, grid } = validation;
    const root = h('div', { class: 'report', id: 'validate-report' });
    if (report.problems.some((p) => p.code === 'S_NOT_TAIZHANG')) {
      root.append(
        h(
          'div',
          { class: 'message-bar warning', id: 'not-taizhang' },
          h('p', {}, t('notTaizhang')),
          h('button', { class: 'button primary', onClick: () => this.ctx.showTab('fill') }, t('goFill')),
        ),
      );
      return root;
    }
    root.append(
      h(
        'div',
        {
          class: `message-bar ${report.ready ? 'success' : 'error'}`,
          id: 'validate-summary',
          role: 'status',
        },
        h(
          'p',
          {},
          report.ready
            ? t('ready')
            : `${t('notReady')} ${t('summary', { errors: report.errors, warnings: report.openWarnings })}`,
        ),
        validation.marks.marked > 0
          ? h(
              'p',
              {},
              t('marked', {
                count: validation.marks.marked,
                notes: this.ctx.features.notes
                  ? t('markedNotes', { count: validation.marks.notes })
                  : t('noNotes'),
              }),
            )
          : null,
      ),
    );
    const fixable = report.problems.filter((p) => p.fix);
    if (fixable.length > 0) {
      root.append(
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            {
              class: 'button',
              id: 'fix-all',
              onClick: () => {
                this.confirm = changesOf(fixable, grid);
                this.ctx.refresh();
              },
            },
            t('fixAll', { count: fixable.length }),
          ),
        ),
      );
    }
    if (report.problems.length === 0) root.append(h('p', { class: 'empty' }, t('noProblems')));
    const sheets = [...new Set(report.problems.map((p) => p.sheet))];
    for (const sheet of sheets) {
      const group = h(
        'section',
        { class: 'sheet-group', 'data-sheet': sheet },
        h('h3', { class: 'group-title' }, sheet),
      );
      for (const severity of ['error', 'warning'] as const) {
        const list = report.problems.filter((p) => p.sheet === sheet && p.severity === severity);
        if (list.length === 0) continue;
        group.append(
          h(
            'h4',
            { class: `severity-title ${severity}` },
            `${t(severity === 'error' ? 'severityError' : 'severityWarning')}（${list.length}）`,
          ),
          h('ul', { class: 'problems' }, ...list.map((p) => this.problemItem(p, grid))),
        );
      }
      root.append(group);
    }
    return root;
  }

  render(): HTMLElement {
    const t = this.ctx.text;
    const panel = h(
      'section',
      { class: 'panel', id: 'panel-validate', role: 'tabpanel' },
      h('p', { class: 'intro' }, t('validateIntro')),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { class: 'button primary', id: 'validate-button', onClick: () => void this.validateNow() },
          t('validateButton'),
        ),
        h(
          'button',
          { class: 'button', id: 'clear-button', onClick: () => void this.clear() },
          t('clearButton'),
        ),
        this.undo
          ? h(
              'button',
              { class: 'button', id: 'undo-fixes', onClick: () => void this.apply(this.undo ?? [], true) },
              t('undoFix'),
            )
          : null,
      ),
    );
    for (const note of this.notes)
      panel.append(h('div', { class: 'message-bar info', role: 'status' }, note));
    if (this.confirm) {
      const changes = this.confirm;
      panel.append(
        h(
          'div',
          { class: 'message-bar warning', role: 'alertdialog', id: 'fix-confirm' },
          h('p', {}, t('fixConfirm', { count: changes.length })),
          h(
            'div',
            { class: 'actions' },
            h(
              'button',
              { class: 'button primary', id: 'fix-apply', onClick: () => void this.apply(changes, false) },
              t('fixApply'),
            ),
            h(
              'button',
              {
                class: 'button',
                onClick: () => {
                  this.confirm = null;
                  this.ctx.refresh();
                },
              },
              t('cancel'),
            ),
          ),
        ),
      );
    }
    if (this.validation) panel.append(this.reportView(this.validation));
    return panel;
  }
}
