import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

describe('withStatementCache', () => {
  it('hands back the same prepared statement for the same SQL, and results stay right', () => {
    const raw = new SqliteDatabase(':memory:');
    const db = withStatementCache(raw, 10);
    db.prepare('create table t (id integer primary key, name text)').run([]);
    const insert = db.prepare('insert into t (name) values (?)');
    for (const name of ['甲', '乙', '丙']) insert.run([name]);
    expect(db.prepare('insert into t (name) values (?)')).toBe(insert);
    expect(db.prepare('select name from t where id = ?').all([2])).toEqual([{ name: '乙' }]);
    expect(db.prepare('select name from t where id = ?').all([3])).toEqual([{ name: '丙' }]);
    db.close();
  });

  it('keeps at most `limit` statements, dropping the least recently used', () => {
    const raw = new SqliteDatabase(':memory:');
    const db = withStatementCache(raw, 2);
    const a = db.prepare('select 1');
    const b = db.prepare('select 2');
    expect(db.prepare('select 1')).toBe(a); // a is now the most recent
    db.prepare('select 3'); // evicts b
    expect(db.prepare('select 1')).toBe(a);
    expect(db.prepare('select 2')).not.toBe(b);
    db.close();
  });

  it('gives a fresh statement while the cached one is still iterating', () => {
    const raw = new SqliteDatabase(':memory:');
    const db = withStatementCache(raw, 10);
    const sql = 'select value from json_each(?)';
    const first = db.prepare(sql);
    const rows: number[] = [];
    for (const row of first.iterate(['[1,2]']) as Iterable<{ value: number }>) {
      const inner = db.prepare(sql);
      expect(inner).not.toBe(first);
      rows.push(row.value, ...(inner.all(['[7]']) as { value: number }[]).map((r) => r.value));
    }
    expect(rows).toEqual([1, 7, 2, 7]);
    db.close();
  });
});
