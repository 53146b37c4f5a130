/**
 * Notes and threaded comments of one sheet of the double, made in one batch: the collections'
 * add / getItem / load, each note, comment and reply (office-js-docs-reference excel.note.yml,
 * excel.comment.yml, excel.commentreply.yml, excel.commentcollection.yml).
 */
import { a1 } from '../../../src/check/grid';
import { api } from './apiSets';
import { type FakeBook, type FakeSheet, officeError } from './book';
import { places, type Rect, rectOf } from './places';
import type { Batch, Proxy } from './tracked';

export class Threads {
  constructor(
    private readonly book: FakeBook,
    private readonly batch: Batch,
    private readonly sheet: FakeSheet,
    /** A range of this sheet, made in this batch (MockExcel.range). */
    private readonly range: (rect: Rect) => Proxy,
  ) {}

  private where(target: unknown): string {
    const { sheet } = this;
    if (typeof target === 'string') return target.replace(/^.*!/u, '').replace(/\$/gu, '');
    const p = places.get(target as object);
    if (!p || p.sheet !== sheet) throw officeError('InvalidArgument', 'not a range on this sheet');
    if (p.rect.rows !== 1 || p.rect.cols !== 1) throw officeError('InvalidArgument', 'a note or comment goes on one cell');
    return a1(p.rect.r, p.rect.c);
  }

  private note(cell: string): Proxy {
    const { batch, sheet } = this;
    return batch.make(
      { content: () => sheet.notes.get(cell) ?? '' },
      {
        content: (v) => {
          sheet.editObjects();
          if (!sheet.notes.has(cell)) throw officeError('ItemNotFound', `no note at ${cell}`);
          sheet.notes.set(cell, String(v));
        },
      },
      {
        delete: batch.effect(() => {
          sheet.editObjects();
          if (!sheet.notes.delete(cell)) throw officeError('ItemNotFound', `no note at ${cell}`);
        }),
        getLocation: () => this.range(rectOf(cell)),
      },
      { isNullObject: !sheet.notes.has(cell) },
    );
  }

  notes(coll: Proxy): void {
    const { batch, sheet } = this;
    coll.add = api('1.18', 'NoteCollection.add', batch.effect((target: unknown, content: string) => {
      sheet.editObjects();
      const cell = this.where(target);
      if (sheet.notes.has(cell) || sheet.commentAt(cell)) throw officeError('InvalidArgument', `${cell} already holds a note or a comment`);
      sheet.notes.set(cell, content);
      return this.note(cell);
    }));
    coll.getItem = api('1.18', 'NoteCollection.getItem', (cell: string) => this.note(cell));
    coll.getItemOrNullObject = api('1.18', 'NoteCollection.getItemOrNullObject', (cell: string) => this.note(cell));
    batch.collection(coll, () => [...sheet.notes.keys()].map((cell) => this.note(cell)));
    coll.load = api('1.18', 'NoteCollection.load', coll.load as (arg: string) => Proxy);
  }

  /**
   * A threaded comment as Excel keeps it (ExcelApi 1.10; office-js-docs-reference excel.comment.yml,
   * excel.commentreply.yml, excel.commentcollection.yml): a thread on one cell, its first message
   * (`content`, writable) and its replies, each with its author. `Comment.delete()` "Deletes the
   * comment and all the connected replies"; `CommentReply.delete()` deletes that reply only. A reply
   * or thread added here is the user's who runs the add-in (book.user).
   */
  private comment(id: string): Proxy {
    const { batch, sheet } = this;
    const c = () => {
      const found = sheet.comments.get(id);
      if (!found) throw officeError('ItemNotFound', `no comment ${id}`);
      return found;
    };
    const replyOf = (rid: string) => {
      const r = c().replies.find((x) => x.id === rid);
      if (!r) throw officeError('ItemNotFound', `no reply ${rid}`);
      return r;
    };
    const reply = (rid: string) =>
      batch.make(
        { id: () => rid, content: () => replyOf(rid).content, authorName: () => replyOf(rid).author },
        { content: (v) => (sheet.editObjects(), (replyOf(rid).content = String(v))) },
        {
          delete: batch.effect(() => {
            sheet.editObjects();
            replyOf(rid);
            c().replies = c().replies.filter((r) => r.id !== rid);
          }),
        },
      );
    const proxy = batch.make(
      { id: () => id, content: () => c().content, authorName: () => c().author },
      { content: (v) => (sheet.editObjects(), (c().content = String(v))) },
      {
        delete: batch.effect(() => {
          sheet.editObjects();
          c();
          sheet.comments.delete(id);
        }),
        getLocation: () => this.range(rectOf(c().cell)),
        replies: {
          add: batch.effect((content: string) => {
            sheet.editObjects();
            const rid = this.book.newId('reply');
            c().replies.push({ id: rid, content, author: this.book.user });
            return reply(rid);
          }),
          getItem: reply,
        },
      },
    );
    batch.collection(proxy.replies, () => (sheet.comments.get(id)?.replies ?? []).map((r) => reply(r.id)));
    return proxy;
  }

  /**
   * A thread is refused on a cell that holds one already, or a note. The second is not documented
   * for Office.js; VBA's Range.AddCommentThreaded adds one "if no comment already exists"
   * (https://learn.microsoft.com/office/vba/api/excel.range.addcommentthreaded), a Range's Comment
   * being its note, and a file keeps each thread with a legacy comment, the note's element, on its
   * cell ([MS-XLSX], https://learn.microsoft.com/openspecs/office_standards/ms-xlsx/e0fb917a-1107-409a-852f-13b47aea70dc).
   * The code is the one CommentCollection.add documents for a bad target, InvalidArgument
   * (excel.commentcollection.yml); Excel's own here is not known offline.
   */
  comments(coll: Proxy): void {
    const { batch, sheet } = this;
    coll.add = api('1.10', 'CommentCollection.add', batch.effect((target: unknown, content: string) => {
      sheet.editObjects();
      const cell = this.where(target);
      if (sheet.notes.has(cell) || sheet.commentAt(cell)) throw officeError('InvalidArgument', `${cell} already holds a note or a comment`, 'CommentCollection.add');
      const id = this.book.newId('comment');
      sheet.comments.set(id, { id, cell, content, author: this.book.user, replies: [] });
      return this.comment(id);
    }));
    coll.getItem = api('1.10', 'CommentCollection.getItem', (id: string) => this.comment(id));
    // getCount() (a ClientResult) and getItemByCell(cell) (ExcelApi 1.10; ItemNotFound where the cell has no thread).
    // A ClientResult's value is there after the sync without a load.
    coll.getCount = api('1.10', 'CommentCollection.getCount', () => batch.make({ value: () => sheet.comments.size }, {}).load('value'));
    coll.getItemByCell = api('1.10', 'CommentCollection.getItemByCell', (target: unknown) => {
      const found = sheet.commentAt(this.where(target));
      if (!found) batch.failAtSync(officeError('ItemNotFound', `no comment at ${String(target)}`, 'CommentCollection.getItemByCell'));
      return this.comment(found?.id ?? 'missing');
    });
    batch.collection(coll, () => [...sheet.comments.keys()].map((id) => this.comment(id)));
    coll.load = api('1.10', 'CommentCollection.load', coll.load as (arg: string) => Proxy);
  }
}
