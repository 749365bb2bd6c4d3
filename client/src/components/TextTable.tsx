import { toRuns } from '../lib/textBlocks';
import { TextRuns } from './TextRuns';

interface TextTableProps {
  header: string[];
  rows: string[][];
  className?: string;
}

/** A Markdown table from a text, each cell's runs drawn as text (never HTML). */
export function TextTable({ header, rows, className }: TextTableProps) {
  return (
    <table className={className}>
      <thead>
        <tr>
          {header.map((cell, j) => (
            <th key={j} scope="col">
              <TextRuns runs={toRuns(cell)} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, j) => (
          <tr key={j}>
            {row.map((cell, k) =>
              // A first column under an empty header cell names its row.
              k === 0 && header[0] === '' ? (
                <th key={k} scope="row">
                  <TextRuns runs={toRuns(cell)} />
                </th>
              ) : (
                <td key={k}>
                  <TextRuns runs={toRuns(cell)} />
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
