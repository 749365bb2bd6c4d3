// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { Markdown } from '../src/components/Markdown';

afterEach(cleanup);

/**
 * The description of a shipped programme, as the new-session page gets it: the file's
 * `description: |` block with its two-space indent taken off (the client has no YAML reader).
 */
function description(id: string): string {
  // From the workspace root, where vitest runs (jsdom gives import.meta.url no file path).
  const file = path.resolve('scenarios', `${id}.yaml`);
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.indexOf('description: |') + 1;
  const end = lines.findIndex((line, i) => i >= start && /^\S/.test(line));
  return lines
    .slice(start, end)
    .map((line) => line.slice(2))
    .join('\n');
}

describe('Markdown', () => {
  it('draws the flagship description without a raw Markdown mark', () => {
    const { container } = render(<Markdown text={description('bestuurlijke-sensitiviteit')} />);
    const text = container.textContent ?? '';
    for (const raw of ['**', '| ---', '|', '# ']) expect(text).not.toContain(raw);
    expect(container.querySelector('strong')?.textContent).toBe('Dagschema bij een start om 09:30');
    const rows = container.querySelectorAll('tbody tr');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows[0]?.querySelectorAll('td')[0]?.textContent).toBe('09:30');
    expect(container.querySelectorAll('thead th')[1]?.textContent).toBe('Onderdeel');
    expect(container.querySelectorAll('p').length).toBeGreaterThanOrEqual(3);
  });

  it('draws headings one level below the page, lists, emphasis and safe links', () => {
    const { container } = render(
      <Markdown
        headingLevel={3}
        text={
          '# Doel\n\nEen *korte* sessie.\n\n## Nodig\n- beamer\n- [de casus](https://example.org/casus)\n\n' +
          '1. eerst\n2. dan\n\n[niet dit](javascript:alert(1))'
        }
      />,
    );
    expect(container.querySelector('h3')?.textContent).toBe('Doel');
    expect(container.querySelector('h4')?.textContent).toBe('Nodig');
    expect(container.querySelector('em')?.textContent).toBe('korte');
    expect([...container.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual([
      'beamer',
      'de casus',
    ]);
    expect(container.querySelectorAll('ol li')).toHaveLength(2);
    const links = container.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('https://example.org/casus');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.textContent).not.toContain('javascript');
  });

  it('never turns text into markup', () => {
    const { container } = render(
      <Markdown
        text={
          '<img src=x onerror="alert(1)">\n\n| <b>a</b> | b |\n| --- | --- |\n| <script>x</script> | y |'
        }
      />,
    );
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(container.querySelector('td')?.textContent).toBe('<script>x</script>');
  });
});
