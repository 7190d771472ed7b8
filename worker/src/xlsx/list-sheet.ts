/** The hidden sheet that holds dropdown lists too long (or too comma-laden) to write inline. */
import { letter } from './cell-ref.ts';
import { quoteSheetName } from './sheet-names.ts';
import type { Row, SheetSource } from './types.ts';

export class ListSheet {
  private readonly lists: (readonly string[])[] = [];
  private readonly refs = new Map<string, string>();

  constructor(readonly name: string) {}

  get used(): boolean {
    return this.lists.length > 0;
  }

  /** An absolute reference to `values` as one column of this sheet; equal lists share a column. */
  readonly reference = (values: readonly string[]): string => {
    const key = values.join('\u0000');
    let ref = this.refs.get(key);
    if (ref === undefined) {
      const column = letter(this.lists.length);
      this.lists.push(values);
      ref = `${quoteSheetName(this.name)}!$${column}$1:$${column}$${Math.max(1, values.length)}`;
      this.refs.set(key, ref);
    }
    return ref;
  };

  source(): SheetSource {
    return { spec: { name: this.name, hidden: true }, rows: transpose(this.lists) };
  }
}

function* transpose(columns: readonly (readonly string[])[]): Generator<Row> {
  const height = Math.max(0, ...columns.map((c) => c.length));
  for (let r = 0; r < height; r++) yield columns.map((c) => c[r] ?? null);
}
