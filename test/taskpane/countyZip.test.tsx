// @vitest-environment jsdom
import './setup';
import { fireEvent, within } from '@testing-library/react';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findMarker } from '../../src/check/locate';
import { readWorkbook } from '../../src/xlsx/read';
import { renderReady } from './render';

/** 赣州's bed table's counties as the document lists them (赣市府字〔2022〕94号, 县（市、区）新增改造养老床位分解表). */
const COUNTIES = ['章贡区', '赣县区', '南康区', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '瑞金市', '龙南市', '赣州开发区', '蓉江新区'];

/** jsdom's Blob has no arrayBuffer(); its FileReader reads one. */
const bytesOf = (blob: Blob): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(blob);
  });

describe('模板 in the browser: every county’s form at once', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads one .zip holding each county’s own form, named county first as the command line names them', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:careplan-test'));
    await renderReady({ ops: null });
    const card = document.querySelector<HTMLElement>('[data-template="gz-beds"]')!;
    const picker = within(card).getByRole<HTMLSelectElement>('combobox', { name: '填报单位' });
    const option = within(picker).getByRole<HTMLOptionElement>('option', { name: '各县（市、区）分表，打包为 .zip' });
    fireEvent.change(picker, { target: { value: option.value } });
    fireEvent.click(within(card).getByRole('button', { name: /生成/ }));
    const link = await within(card).findByRole('link', {}, { timeout: 60_000 });
    expect(link.getAttribute('download')).toMatch(/（各县分表）\.zip$/);

    const files = unzipSync(await bytesOf(blobs[0]!));
    expect(Object.keys(files).sort()).toEqual(COUNTIES.map((c) => `${c}_养老床位分解表.xlsx`).sort());
    // Each is that county's own form, as the checker recognises it.
    const sheet = readWorkbook(files['于都县_养老床位分解表.xlsx']!).sheets[0]!;
    expect(sheet.name).toBe('于都县养老床位分解表');
    expect(findMarker(sheet)).toEqual({ id: 'gz-beds', part: expect.stringMatching(/yudu/) });
  }, 120_000);
});
