// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { PlainText } from '../src/components/PlainText';

afterEach(cleanup);

describe('PlainText', () => {
  it('never turns text into markup', () => {
    const { container } = render(
      <PlainText text={'<img src=x onerror="alert(1)">\n\n**<script>bad()</script>**'} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(container.querySelector('strong')?.textContent).toBe('<script>bad()</script>');
  });
});
