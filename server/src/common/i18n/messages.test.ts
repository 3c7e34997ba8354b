import { describe, expect, it } from 'vitest';
import { label, translate } from './messages.js';
import { NominationError } from '../errors/catalogue.js';

describe('messages', () => {
  it('render a label param in the language of the message, not in Chinese for everyone', () => {
    const params = { dimension: label('structure/WOMEN'), bound: label('bound/MIN'), percent: 30, share: 20 };
    expect(translate('zh-CN', NominationError.StructureRule, params)).toBe('本批次女性占比 20%，不符合不低于 30% 的要求');
    expect(translate('en', NominationError.StructureRule, params)).toBe('The batch has 20% women, against a minimum of 30%');
    expect(translate('en', NominationError.ReviewerRecused, { reason: label('recusal/SAME_UNIT') })).toBe('You are recused from this file (same unit) and cannot decide it');
  });

  it('read an unknown key as the generic refusal, and leave a missing param visible', () => {
    expect(translate('en', 'nothing/such')).toBe('The input is not valid');
    expect(translate('zh-CN', NominationError.ObjectionOpen)).toBe('尚有 {count} 件异议未办结');
  });
});
