import { TABLE_DEFINITIONS, type TableDefinition, type TableId } from './table-definitions';

/** The configuration field holding a table's physical name: id `RateLimits` → `rateLimitsTable`. */
export type TableNameKey = `${Uncapitalize<TableId>}Table`;

/** One physical name per table of TABLE_DEFINITIONS, so a new table there is a new field here. */
export type TableNames = { readonly [K in TableNameKey]: string };

export function tableNameKey(table: TableDefinition): TableNameKey {
  return `${table.id.charAt(0).toLowerCase()}${table.id.slice(1)}Table` as TableNameKey;
}

/** Every table's name as `nameOf` gives it: its environment variable's value, its local name… */
export function tableNames(nameOf: (table: TableDefinition) => string): TableNames {
  // The keys come from TABLE_DEFINITIONS itself, which is what TableNames is made of.
  return Object.fromEntries(TABLE_DEFINITIONS.map((table) => [tableNameKey(table), nameOf(table)])) as TableNames;
}
