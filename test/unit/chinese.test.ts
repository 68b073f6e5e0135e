import { describe, expect, it } from 'vitest';
import { toSimplified } from '@/lib/chinese';

describe('toSimplified', () => {
  it('maps the Traditional characters seller pages use, and leaves everything else as it is', () => {
    expect(toSimplified('還沒開發票：物流停滯 3天')).toBe('还没开发票：物流停滞 3天');
    expect(toSimplified('寧夏回族自治區 廣西壯族自治區')).toBe('宁夏回族自治区 广西壮族自治区');
    expect(toSimplified('already simplified 开发票 😀 \uD800')).toBe('already simplified 开发票 😀 \uD800');
    expect(toSimplified('')).toBe('');
  });
});
