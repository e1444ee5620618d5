import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  apiField,
  check,
  choiceItems,
  dateField,
  errorList,
  list,
  numberField,
  partsOf,
  poundsField,
  text,
} from './forms';

describe('form helpers', () => {
  const date = dateField('the start date');

  it('reads a GOV.UK date input, with a message for each way it can be wrong', () => {
    expect(date.parse({ day: '5', month: '1', year: '2026' })).toBe('2026-01-05');
    const message = (parts: { day: string; month: string; year: string }) =>
      date.safeParse(parts).error?.issues[0]?.message;
    expect(message({ day: '', month: '', year: '' })).toBe('Enter the start date');
    expect(message({ day: '5', month: '', year: '' })).toBe('The start date must include a month and year');
    expect(message({ day: '30', month: '2', year: '2026' })).toBe('The start date must be a real date');
    expect(message({ day: 'x', month: '2', year: '2026' })).toBe('The start date must be a real date');
    expect(partsOf('2026-01-05')).toEqual({ day: '5', month: '1', year: '2026' });
  });

  it('reads numbers and pounds typed as text', () => {
    const hours = numberField('Enter the hours', 'Hours must be a number');
    expect(hours.parse(' 7.5 ')).toBe(7.5);
    expect(hours.safeParse('').error?.issues[0]?.message).toBe('Enter the hours');
    expect(hours.safeParse('seven').error?.issues[0]?.message).toBe('Hours must be a number');
    const pounds = poundsField('Enter the rate', 'Rate must be in pounds');
    expect(pounds.parse('£1,019.5')).toBe(101950);
    expect(pounds.safeParse('19.505').error?.issues[0]?.message).toBe('Rate must be in pounds');
  });

  it('applies an API field schema with the form\u2019s own message', () => {
    const hours = numberField('Enter the hours', 'Hours must be a number').transform(
      apiField(z.number().max(168), 'Hours must be 168 or fewer'),
    );
    expect(check(z.object({ hours }), { hours: '200' })).toEqual({
      ok: false,
      errors: { hours: 'Hours must be 168 or fewer' },
    });
    expect(check(z.object({ hours }), { hours: '20' })).toEqual({ ok: true, data: { hours: 20 } });
  });

  it('keeps one message per field, in form order, linked to its field', () => {
    const schema = z.object({
      a: z.string().min(1, 'Enter a').min(3, 'a is short'),
      b: z.string().min(1, 'Enter b'),
    });
    const result = check(schema, { a: '', b: '' });
    expect(result).toEqual({ ok: false, errors: { a: 'Enter a', b: 'Enter b' } });
    expect(errorList({ a: 'Enter a', when: 'Enter when' }, { when: 'when-day' })).toEqual([
      { text: 'Enter a', href: '#a' },
      { text: 'Enter when', href: '#when-day' },
    ]);
  });

  it('reads single and repeated posted fields', () => {
    expect(text({ a: ['x', 'y'] }, 'a')).toBe('x');
    expect(text({}, 'a')).toBe('');
    expect(list({ a: 'x' }, 'a')).toEqual(['x']);
    expect(list({ a: ['x', 'y'] }, 'a')).toEqual(['x', 'y']);
    expect(list({}, 'a')).toEqual([]);
    expect(choiceItems(['x', 'y'], ['y'], { blank: 'Any' }).map((i) => i.selected)).toEqual([
      false,
      false,
      true,
    ]);
  });
});

describe('poundsField', () => {
  const field = z.object({ rate: poundsField('Enter the rate', 'Enter the rate in pounds, like 19.50') });
  const rate = (v: string) => check(field, { rate: v });

  it('reads pounds as whole pence, exactly', () => {
    expect(rate('19.57')).toEqual({ ok: true, data: { rate: 1957 } });
    expect(rate(' £1,234.5 ')).toEqual({ ok: true, data: { rate: 123450 } });
    expect(rate('20')).toEqual({ ok: true, data: { rate: 2000 } });
  });

  it('refuses what is not an amount of pounds, with the form’s message', () => {
    for (const typed of ['1,2,3', '18.755', '-5', '£', 'ten']) {
      expect(rate(typed), typed).toEqual({
        ok: false,
        errors: { rate: 'Enter the rate in pounds, like 19.50' },
      });
    }
    expect(rate('')).toEqual({ ok: false, errors: { rate: 'Enter the rate' } });
  });
});
