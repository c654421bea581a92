import { heatMapGrid, levelOf } from './heat-map-grid';

describe('heatMapGrid', () => {
  it('lays the last 365 days out in Monday-first weeks, ending today', () => {
    const today = new Date(2026, 2, 4); // Wednesday 4 March 2026
    const grid = heatMapGrid(new Map([['2026-03-02', 1800], ['2025-03-05', 59]]), today);
    const last = grid.weeks.at(-1)!;
    expect(last.map((cell) => cell?.date ?? null)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', null, null, null, null]);
    expect(last[0]).toEqual({ date: '2026-03-02', minutes: 30, level: 3 });
    const first = grid.weeks[0];
    expect(first.filter((cell) => cell !== null)[0]).toEqual({ date: '2025-03-05', minutes: 0, level: 0 });
    expect(grid.weeks.flat().filter((cell) => cell !== null)).toHaveLength(365);
    expect(grid.weeks).toHaveLength(53);
  });

  it('counts calendar days across a daylight-saving change', () => {
    const grid = heatMapGrid(new Map(), new Date(2026, 3, 1), 14);
    const dates = grid.weeks.flat().filter((cell) => cell !== null).map((cell) => cell.date);
    expect(dates).toEqual(Array.from({ length: 14 }, (_, i) => `2026-03-${String(19 + i).padStart(2, '0')}`).slice(0, 13).concat('2026-04-01'));
  });

  it('labels the first week of each month', () => {
    const grid = heatMapGrid(new Map(), new Date(2026, 2, 31), 60, 'en-US');
    expect(grid.months.map((month) => month.label)).toEqual(['Feb', 'Mar']);
  });

  it('shades by minutes', () => {
    expect([0, 1, 9, 10, 29, 30, 59, 60, 300].map(levelOf)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});
