import './style.css';
import { TaskPaneApp } from './app.js';
import { excelRun } from './host.js';

/** Starts the pane once Office is ready (outside Office, onReady still resolves, with no host). */
async function start(): Promise<void> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (office?.onReady) await office.onReady();
  const root = document.getElementById('app');
  if (!root) throw new Error('taskpane.html has no #app element');
  new TaskPaneApp(root, excelRun()).render();
}

void start();
