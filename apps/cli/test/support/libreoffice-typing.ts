/**
 * Types into workbooks through LibreOffice, as a person would: a LibreOffice Basic macro opens each file,
 * enters text into cells with `setFormula` (which interprets what is typed exactly like the input line:
 * `58` becomes a number, `2018-01-15` a date, `约60` stays text), recalculates and saves as .xlsx.
 * All jobs run in ONE soffice launch. Uses a throwaway profile; fails (never skips) when soffice is missing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRecalcProfile, findSoffice } from '@taizhang/testkit';

export interface TypingJob {
  input: string;
  output: string;
  /** Sheets to unprotect first (no password), as a person does before overwriting a locked cell. */
  unprotect?: string[];
  /** What to type: sheet, A1 cell, text exactly as typed (an empty string clears the cell). */
  typing: Array<{ sheet: string; cell: string; text: string }>;
}

const MACRO = `Sub Main
  On Error GoTo Failed
  Dim sfa As Object, stream As Object, tis As Object, doc As Object, sheet As Object, cell As Object
  Dim parts As Variant, line As String
  Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
  Dim saveArgs(0) As New com.sun.star.beans.PropertyValue
  loadArgs(0).Name = "Hidden" : loadArgs(0).Value = True
  saveArgs(0).Name = "FilterName" : saveArgs(0).Value = "Calc MS Excel 2007 XML"
  sfa = createUnoService("com.sun.star.ucb.SimpleFileAccess")
  stream = sfa.openFileRead(ConvertToURL(Environ("TAIZHANG_TYPING_JOBS")))
  tis = createUnoService("com.sun.star.io.TextInputStream")
  tis.setInputStream(stream)
  tis.setEncoding("UTF-8")
  Do While Not tis.isEOF()
    line = Replace(Replace(tis.readLine(), Chr(13), ""), Chr(10), "")
    parts = Split(line, Chr(9))
    If parts(0) = "OPEN" Then
      doc = StarDesktop.loadComponentFromURL(parts(1), "_blank", 0, loadArgs())
    ElseIf parts(0) = "UNPROTECT" Then
      doc.Sheets.getByName(parts(1)).unprotect("")
    ElseIf parts(0) = "TYPE" Then
      cell = doc.Sheets.getByName(parts(1)).getCellRangeByName(parts(2))
      If UBound(parts) &lt; 3 Then
        cell.setString("")
      ElseIf parts(3) = "" Then
        cell.setString("")
      Else
        cell.setFormula(parts(3))
      End If
    ElseIf parts(0) = "SAVE" Then
      doc.calculateAll()
      doc.storeToURL(parts(1), saveArgs())
      doc.close(True)
    End If
  Loop
  tis.closeInput()
  sfa.createFolder(ConvertToURL(Environ("TAIZHANG_TYPING_DONE")))
  StarDesktop.terminate()
  Exit Sub
Failed:
  Dim log As Object
  log = createUnoService("com.sun.star.io.TextOutputStream")
  log.setOutputStream(createUnoService("com.sun.star.ucb.SimpleFileAccess").openFileWrite(ConvertToURL(Environ("TAIZHANG_TYPING_LOG"))))
  log.writeString("Basic error " &amp; Err &amp; " at line " &amp; Erl &amp; ": " &amp; Error$ &amp; " while doing: " &amp; line)
  log.closeOutput()
  StarDesktop.terminate()
End Sub
`;

const SCRIPT_XLC = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" xlink:href="$(USER)/basic/Standard/script.xlb/" xlink:type="simple" library:link="false"/>
</library:libraries>
`;

const SCRIPT_XLB = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">
 <library:element library:name="Typing"/>
</library:library>
`;

const xba = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Typing" script:language="StarBasic">${MACRO.replace(/"/g, '&quot;')}</script:module>
`;

function clean(text: string): string {
  if (/[\t\r\n]/.test(text))
    throw new Error(`typing: tabs and line breaks are not supported in typed text: ${JSON.stringify(text)}`);
  return text;
}

/** Runs soffice to its end, with no pipes attached (LibreOffice restarts itself on a new profile). */
function run(program: string, args: string[], env: Record<string, string>, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      stdio: 'ignore',
      timeout: timeoutMs,
      env: { ...process.env, ...env, SAL_USE_VCLPLUGIN: 'svp' },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`soffice exited with ${code ?? signal}`)),
    );
  });
}

/** Runs every job in one LibreOffice launch (after a short one that creates the profile). */
export async function typeWithLibreOffice(jobs: TypingJob[], timeoutMs = 150_000): Promise<void> {
  const soffice = findSoffice();
  const profile = await createRecalcProfile();
  const work = await mkdtemp(join(tmpdir(), 'taizhang-typing-'));
  try {
    // A new profile's first start sets up LibreOffice's own Basic library (and may restart itself):
    // start once to create the profile, then register the Typing module in the Standard library.
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--terminate_after_init',
      ],
      {},
      timeoutMs,
    );
    const basic = join(profile, 'user', 'basic');
    await mkdir(join(basic, 'Standard'), { recursive: true });
    await writeFile(join(basic, 'script.xlc'), SCRIPT_XLC);
    await writeFile(join(basic, 'Standard', 'script.xlb'), SCRIPT_XLB);
    await writeFile(join(basic, 'Standard', 'Typing.xba'), xba);
    const lines: string[] = [];
    for (const job of jobs) {
      lines.push(`OPEN\t${pathToFileURL(job.input).href}`);
      for (const sheet of job.unprotect ?? []) lines.push(`UNPROTECT\t${sheet}`);
      for (const t of job.typing) lines.push(`TYPE\t${t.sheet}\t${t.cell}\t${clean(t.text)}`);
      lines.push(`SAVE\t${pathToFileURL(job.output).href}`);
    }
    const jobFile = join(work, 'jobs.txt');
    const logFile = join(work, 'error.txt');
    const doneMarker = join(work, 'done');
    await writeFile(jobFile, `${lines.join('\n')}\n`, 'utf8');
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        'macro:///Standard.Typing.Main',
      ],
      { TAIZHANG_TYPING_JOBS: jobFile, TAIZHANG_TYPING_LOG: logFile, TAIZHANG_TYPING_DONE: doneMarker },
      timeoutMs,
    );
    if (!existsSync(doneMarker) && !existsSync(logFile))
      throw new Error('LibreOffice typing macro did not run (no end marker)');
    if (existsSync(logFile))
      throw new Error(`LibreOffice typing macro failed: ${await readFile(logFile, 'utf8')}`);
    const missing = jobs.filter((j) => !existsSync(j.output)).map((j) => j.output);
    if (missing.length > 0)
      throw new Error(`LibreOffice typing macro wrote no output for: ${missing.join(', ')}`);
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}
