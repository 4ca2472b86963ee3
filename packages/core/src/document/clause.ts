import type { Responsibility } from './schema.js';

/** The roles a clause assigns, with names sliced from the original text exactly as written. */
export interface ClauseRoles {
  local: string[];
  lead: string[];
  supporting: string[];
  joint: string[];
  form: Responsibility['form'];
}

/** Words that make a bracketed group a responsibility clause rather than, say, a cited document number. */
const CLAUSE_MARKER = /牵头|配合|负责|责任单位|人民政府|会同/;

export function looksLikeClause(folded: string): boolean {
  return CLAUSE_MARKER.test(folded);
}

interface Piece {
  /** Folded text (full-width punctuation folded, traditional keywords simplified), for finding structure. */
  folded: string;
  /** Original text, for names. */
  original: string;
}

function slice(piece: Piece, start: number, end = piece.folded.length): Piece {
  return { folded: piece.folded.slice(start, end), original: piece.original.slice(start, end) };
}

function trimPiece(piece: Piece): Piece {
  const start = piece.folded.length - piece.folded.trimStart().length;
  const end = piece.folded.trimEnd().length;
  return slice(piece, start, Math.max(start, end));
}

function splitPiece(piece: Piece, separators: RegExp): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  for (const m of piece.folded.matchAll(separators)) {
    out.push(slice(piece, start, m.index));
    start = (m.index as number) + m[0].length;
  }
  out.push(slice(piece, start));
  return out.map(trimPiece).filter((p) => p.folded.length > 0);
}

/** Strips a role's trailing words (`等部门配合`, `等按照职能分工负责`, `牵头`) and splits the names on 、. */
function names(piece: Piece, trailer: RegExp): string[] {
  const m = trailer.exec(piece.folded);
  const body = m ? slice(piece, 0, m.index) : piece;
  const withoutLead = /^由/.test(body.folded) ? slice(body, 1) : body;
  return splitPiece(withoutLead, /[、,]/g)
    .map((p) => p.original)
    .filter((n) => n.length > 0);
}

const LEAD_TRAILER = /\s*牵头$/;
const SUPPORT_TRAILER = /\s*(等(有关)?(部门|单位)?)?\s*(配合|参与)$/;
const JOINT_TRAILER = /\s*(等(有关)?(部门|单位)?)?\s*(按照?职能分工|按职责分工|分工)?\s*负责$/;
const UNIT_LIST_TRAILER = /\s*(等(有关)?(部门|单位)?)?$/;

function isLocalGovernment(folded: string): boolean {
  return /(人民政府|政府)$/.test(folded) && !/牵头|配合|负责/.test(folded);
}

/**
 * Reads the roles out of a clause's inner text (without its brackets), in the forms this family of documents uses:
 * - `各市州人民政府;省公安厅牵头,省人力资源社会保障厅、省教育厅等部门配合`
 * - `各市州人民政府;省教育厅、省人力资源社会保障厅等按照职能分工负责`
 * - `责任单位:…` and `牵头单位:…;责任单位:…`
 * - `由省发展改革委牵头,会同省财政厅等部门负责`
 */
export function parseClauseRoles(innerOriginal: string, innerFolded: string): ClauseRoles {
  const roles: ClauseRoles = { local: [], lead: [], supporting: [], joint: [], form: 'bracketed' };
  const whole: Piece = { folded: innerFolded, original: innerOriginal };
  const parts = splitPiece(whole, /;/g);
  const hasLeadUnit = parts.some((p) => /^牵头单位\s*:/.test(p.folded));

  for (const part of parts) {
    const labelled = /^(牵头单位|责任单位|配合单位)\s*:\s*/.exec(part.folded);
    if (labelled) {
      const all = names(slice(part, labelled[0].length), UNIT_LIST_TRAILER);
      // Lists of 责任单位 often name the local governments among the agencies.
      roles.local.push(...all.filter((n) => isLocalGovernment(n)));
      const list = all.filter((n) => !isLocalGovernment(n));
      if (labelled[1] === '牵头单位') roles.lead.push(...list);
      else if (labelled[1] === '配合单位' || hasLeadUnit) roles.supporting.push(...list);
      else roles.joint.push(...list);
      roles.form = hasLeadUnit ? 'lead-and-responsible-units' : 'responsible-units';
      continue;
    }
    for (const segment of splitPiece(part, /,/g)) {
      const f = segment.folded;
      if (isLocalGovernment(f)) roles.local.push(segment.original);
      else if (LEAD_TRAILER.test(f)) {
        roles.lead.push(...names(segment, LEAD_TRAILER));
        if (/^由/.test(f)) roles.form = 'led-by';
      } else if (/^会同/.test(f)) {
        roles.supporting.push(...names(slice(segment, 2), JOINT_TRAILER));
        roles.form = 'led-by';
      } else if (SUPPORT_TRAILER.test(f)) roles.supporting.push(...names(segment, SUPPORT_TRAILER));
      else if (JOINT_TRAILER.test(f)) roles.joint.push(...names(segment, JOINT_TRAILER));
      else roles.joint.push(...names(segment, UNIT_LIST_TRAILER));
    }
  }
  return roles;
}
