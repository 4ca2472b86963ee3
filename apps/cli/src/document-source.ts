import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { expandLocalGovernments, seedDocument } from '@taizhang/core/data';
import { ParseError, PolicyDocument, parsePolicyDocument } from '@taizhang/core/document';
import { UserError } from './command.js';
import { readTextFile } from './text-file.js';

/** Parses a document file; a ParseError becomes one line naming the file, line and column. */
export async function parseDocumentFile(
  path: string,
  cwd = process.cwd(),
): Promise<{ doc: PolicyDocument; encoding: string }> {
  const { text, encoding } = await readTextFile(resolve(cwd, path), path);
  try {
    const doc = parsePolicyDocument(text, {
      name: path,
      expandLocalGovernments: (phrase) => expandLocalGovernments(phrase).regions,
    });
    // The text's hash, as the seed dataset records it: the same document is recognised whatever its file.
    doc.source.sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
    return { doc, encoding };
  } catch (error) {
    if (error instanceof ParseError)
      throw new UserError(`${path}:${error.line}:${error.column}: ${error.message}`);
    throw error;
  }
}

/**
 * The document a command works on: the seed's, or the one given with `--document` — a ledger JSON written by
 * `taizhang parse FILE --json`, or a document text file to parse.
 */
export async function loadDocument(path: string | undefined, cwd = process.cwd()): Promise<PolicyDocument> {
  if (!path) return seedDocument;
  if (!path.toLowerCase().endsWith('.json')) return (await parseDocumentFile(path, cwd)).doc;
  let raw: unknown;
  try {
    raw = JSON.parse((await readTextFile(resolve(cwd, path), path)).text);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${path}: 不是有效的 JSON / not valid JSON: ${(error as Error).message}`);
  }
  const result = PolicyDocument.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || '(根 / root)';
    throw new UserError(
      `${path}: 不是 taizhang 台账 JSON（${where}: ${issue?.message}）；请用 taizhang parse 文件 --json 生成 / not a taizhang ledger JSON (${where}: ${issue?.message}): make one with "taizhang parse FILE --json"`,
    );
  }
  return result.data;
}
