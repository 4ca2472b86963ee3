import {
  type BinaryOperator,
  type FormulaNode,
  FUNCTION_ARITY,
  type FunctionName,
  isFunctionName,
} from './ast.js';

/** A formula that cannot be read: says at which column (1-based) and what to write instead. */
export class FormulaSyntaxError extends Error {
  constructor(
    readonly formula: string,
    /** 1-based column of the offending character. */
    readonly column: number,
    readonly detail: string,
  ) {
    super(`公式第 ${column} 列 / formula column ${column}: ${detail} — in "${formula}"`);
    this.name = 'FormulaSyntaxError';
  }
}

type TokenKind = 'number' | 'name' | 'op' | '(' | ')' | ',' | 'end';
interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  value?: number;
}

/** Operators as typed, including the ones a Chinese keyboard or a copy from a document gives. */
const OPERATORS: Record<string, '+' | '-' | '*' | '/'> = {
  '+': '+',
  '＋': '+',
  '-': '-',
  '−': '-',
  '－': '-',
  '*': '*',
  '×': '*',
  '＊': '*',
  '/': '/',
  '÷': '/',
  '／': '/',
};
const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);
const COMMA = new Set([',', '，']);
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
/** Smallest normal double: spreadsheets cannot read subnormal literals. */
const MIN_NORMAL = 2.2250738585072014e-308;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s|\u3000/.test(ch)) {
      i++;
      continue;
    }
    const rest = text.slice(i);
    const number = NUMBER.exec(rest);
    if (number) {
      const value = Number(number[0]);
      if (!Number.isFinite(value)) {
        throw new FormulaSyntaxError(text, i + 1, `数字过大 / number ${number[0]} is too large`);
      }
      if (value !== 0 && value < MIN_NORMAL) {
        throw new FormulaSyntaxError(
          text,
          i + 1,
          `数字过小 / number ${number[0]} is too small for a spreadsheet: write 0 or a number of at least 2.3e-308`,
        );
      }
      tokens.push({ kind: 'number', text: number[0], start: i, end: i + number[0].length, value });
      i += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', text: name[0], start: i, end: i + name[0].length });
      i += name[0].length;
      continue;
    }
    const kind: TokenKind | undefined = OPERATORS[ch]
      ? 'op'
      : OPEN.has(ch)
        ? '('
        : CLOSE.has(ch)
          ? ')'
          : COMMA.has(ch)
            ? ','
            : undefined;
    if (!kind) {
      throw new FormulaSyntaxError(
        text,
        i + 1,
        `无法识别的字符 "${ch}" / unexpected character "${ch}": use numbers, variable names (letters, digits, _), + - * / × ÷, parentheses and round/min/max/abs/ifZero`,
      );
    }
    tokens.push({ kind, text: ch, start: i, end: i + 1 });
    i++;
  }
  tokens.push({ kind: 'end', text: '', start: text.length, end: text.length });
  return tokens;
}

/**
 * Reads formula text such as `urbanResidents / residents * 100` or `round(a ÷ b × 100, 1)` into an
 * AST. Precedence: unary minus, then × ÷, then + −, all left-associative. No `eval`: a hand-written
 * recursive-descent parser. Throws `FormulaSyntaxError` naming the column.
 */
export function parseFormula(text: string): FormulaNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token => tokens[pos] as Token;
  const next = (): Token => tokens[pos++] as Token;
  const fail = (token: Token, detail: string): never => {
    throw new FormulaSyntaxError(text, token.start + 1, detail);
  };
  const describe = (token: Token): string =>
    token.kind === 'end' ? '公式结尾 / end of formula' : `"${token.text}"`;

  // One precedence level: operands joined left to right by any of `ops` (+ − bind looser than × ÷).
  const level = (ops: readonly BinaryOperator[], operand: () => FormulaNode) => (): FormulaNode => {
    let left = operand();
    while (peek().kind === 'op' && ops.includes(OPERATORS[peek().text] as BinaryOperator)) {
      const op = OPERATORS[next().text] as BinaryOperator;
      const right = operand();
      left = {
        kind: 'binary',
        op,
        left,
        right,
        span: { start: left.span?.start ?? 0, end: right.span?.end ?? 0 },
      };
    }
    return left;
  };
  const term = level(['*', '/'], () => unary());
  const expression = level(['+', '-'], () => term());

  const unary = (): FormulaNode => {
    const token = peek();
    if (token.kind === 'op' && OPERATORS[token.text] === '-') {
      next();
      const operand = unary();
      return { kind: 'negate', operand, span: { start: token.start, end: operand.span?.end ?? token.end } };
    }
    if (token.kind === 'op' && OPERATORS[token.text] === '+') {
      next();
      return unary();
    }
    return primary();
  };

  const primary = (): FormulaNode => {
    const token = next();
    if (token.kind === 'number')
      return { kind: 'number', value: token.value as number, span: { start: token.start, end: token.end } };
    if (token.kind === '(') {
      const inner = expression();
      const close = next();
      if (close.kind !== ')') fail(close, `缺少右括号 / expected ")" but found ${describe(close)}`);
      return inner;
    }
    if (token.kind === 'name') {
      if (peek().kind !== '(')
        return { kind: 'variable', name: token.text, span: { start: token.start, end: token.end } };
      if (!isFunctionName(token.text)) {
        fail(
          token,
          `未知函数 "${token.text}" / unknown function "${token.text}": use one of ${Object.keys(FUNCTION_ARITY).join(', ')}`,
        );
      }
      const fn = token.text as FunctionName;
      next();
      const args: FormulaNode[] = [];
      if (peek().kind !== ')') {
        args.push(expression());
        while (peek().kind === ',') {
          next();
          args.push(expression());
        }
      }
      const close = next();
      if (close.kind !== ')')
        fail(close, `缺少右括号或逗号 / expected "," or ")" but found ${describe(close)}`);
      const [min, max] = FUNCTION_ARITY[fn];
      if (args.length < min || args.length > max) {
        const wanted = min === max ? `${min}` : max > 100 ? `at least ${min}` : `${min} to ${max}`;
        fail(token, `${fn} 的参数个数不对 / ${fn} takes ${wanted} argument(s), got ${args.length}`);
      }
      return { kind: 'call', fn, args, span: { start: token.start, end: close.end } };
    }
    return fail(
      token,
      `此处应为数字、变量或左括号 / expected a number, a variable or "(" but found ${describe(token)}`,
    );
  };

  if (peek().kind === 'end') fail(peek(), '公式为空 / the formula is empty');
  const node = expression();
  const rest = peek();
  if (rest.kind !== 'end')
    fail(rest, `多余的 ${describe(rest)} / unexpected ${describe(rest)}: an operator is missing before it`);
  return node;
}
