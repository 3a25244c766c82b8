// CSV files in neo4j-admin's import format (RFC 4180 quoting, "" escapes a quote). A row whose
// values hold a line break goes to a second file of the same table that is read with
// --multiline-fields (slower), so the common rows are read in parallel.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

/** A string value, quoted; null and absent become an empty field (no property). */
export const quoted = (v: unknown): string => (v === null || v === undefined ? '' : `"${String(v).replace(/"/g, '""')}"`);
/** A value that needs no quoting (a date, a code checked by the contract); null becomes an empty field. */
export const plain = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

const FLUSH_CHARS = 1 << 20;
const BREAK = /[\r\n]/;

class CsvFile {
  private stream: WriteStream | undefined;
  private buffer: string[] = [];
  private chars = 0;
  rows = 0;

  constructor(
    readonly path: string,
    private readonly header: string,
  ) {}

  add(row: string): void {
    if (!this.stream) {
      this.stream = createWriteStream(this.path);
      this.buffer.push(`${this.header}\n`);
    }
    this.buffer.push(row, '\n');
    this.chars += row.length + 1;
    this.rows += 1;
  }

  get full(): boolean {
    return this.chars >= FLUSH_CHARS;
  }

  async flush(): Promise<void> {
    if (!this.stream || this.buffer.length === 0) return;
    const text = this.buffer.join('');
    this.buffer = [];
    this.chars = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async end(): Promise<void> {
    await this.flush();
    if (this.stream)
      await new Promise<void>((resolve, reject) => this.stream!.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

/** One node label or relationship type: its header, and the rows in one or two files. */
export class CsvTable {
  private readonly single: CsvFile;
  private readonly multiline: CsvFile;

  constructor(
    dir: string,
    name: string,
    header: string,
    /** `--nodes=Person` or `--relationships=LIVES_AT` */
    private readonly option: string,
  ) {
    this.single = new CsvFile(join(dir, `${name}.csv`), header);
    this.multiline = new CsvFile(join(dir, `${name}.multiline.csv`), header);
  }

  add(fields: string[]): void {
    const row = fields.join(',');
    (BREAK.test(row) ? this.multiline : this.single).add(row);
  }

  get rows(): number {
    return this.single.rows + this.multiline.rows;
  }

  /** A file's buffer is full (flushIfFull has work). */
  get full(): boolean {
    return this.single.full || this.multiline.full;
  }

  async flushIfFull(): Promise<void> {
    if (this.single.full) await this.single.flush();
    if (this.multiline.full) await this.multiline.flush();
  }

  async end(): Promise<void> {
    await this.single.end();
    await this.multiline.end();
  }

  /** neo4j-admin arguments for the files that have rows. */
  args(): string[] {
    return [this.single, this.multiline].filter((f) => f.rows > 0).map((f) => `${this.option}=${f.path}`);
  }

  /** The file read with --multiline-fields, when it has rows. */
  multilinePath(): string | undefined {
    return this.multiline.rows > 0 ? this.multiline.path : undefined;
  }
}
