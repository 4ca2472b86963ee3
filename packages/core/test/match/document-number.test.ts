import { describe, expect, it } from 'vitest';
import { documentNumberParts, documentNumberPattern } from '../../src/match/document-number.js';
import { foldPattern } from '../../src/match/normalize.js';

describe('document numbers', () => {
  const parts = documentNumberParts('青政〔2016〕76号');

  it('splits a document number into issuer, year and serial', () => {
    expect(parts).toEqual({ prefix: '青政', year: '2016', serial: '76' });
    expect(documentNumberParts('国发（2016）8号')).toEqual({ prefix: '国发', year: '2016', serial: '8' });
    expect(documentNumberParts('关于深入推进新型城镇化建设的实施意见')).toBeNull();
  });

  it.each([
    '青政〔2016〕76号',
    '青政[2016]76号',
    '青政【2016】76号',
    '青政(2016)76号',
    '青政（2016）76号',
    '青政［２０１６］７６号',
    '青政 〔2016〕 76 号',
    '青政〔2016〕076号',
  ])('finds %s', (written) => {
    if (!parts) throw new Error('parts');
    expect(foldPattern(written).match(documentNumberPattern(parts))).toHaveLength(1);
  });

  it.each(['青政〔2016〕176号', '青政〔2017〕76号', '青政办〔2016〕76号', '青政〔2016〕7号'])(
    'does not take %s for it',
    (written) => {
      if (!parts) throw new Error('parts');
      expect(foldPattern(written).match(documentNumberPattern(parts))).toBeNull();
    },
  );
});
