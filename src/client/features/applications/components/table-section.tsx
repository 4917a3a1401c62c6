import { Button } from 'antd';
import { memo } from 'react';
import { computeField } from '../../../../shared/applications/form-normalize.js';
import { type DataObject, isEmptyValue, rowsAt } from '../../../../shared/applications/form-walk.js';
import type { FieldDefinition, LeafSection } from '../../../../shared/calls/template.schemas.js';
import { applicationsStrings as s } from '../applications.strings.js';
import { domIdOf, useEditorContext, useProblemsAt } from './editor-context.js';
import { FieldInput } from './field-input.js';
import { moveItem, RowActions } from './row-actions.js';

type TableDefinition = Extract<LeafSection, { kind: 'table' }>;

/** Short columns fit a grid; a table with descriptions is laid out as one card per row. */
const isGridTable = (section: TableDefinition) =>
  section.columns.length <= 6 && section.columns.every((column) => column.type !== 'textarea');

const cellValueOf = (column: FieldDefinition, row: DataObject) =>
  column.compute ? computeField(column, row) : row[column.key];

const isEmptyRow = (row: DataObject) => Object.values(row).every(isEmptyValue);

/**
 * A repeatable table: rows added, removed and reordered. A 近三年 table (`yearRows`) has its rows fixed by the
 * call's year, which the server fills in, so only its other columns are typed.
 */
export const TableSection = memo(function TableSection({
  section,
  pointer,
  value,
}: {
  section: TableDefinition;
  pointer: string;
  value: unknown;
}) {
  const { isReadOnly, setValue } = useEditorContext();
  const problems = useProblemsAt(pointer);
  const rows = rowsAt(value);
  const canChangeRows = !isReadOnly && !section.yearRows;
  const isFull = section.maxRows !== undefined && rows.length >= section.maxRows;
  const setRows = (next: DataObject[]) => setValue(pointer, next);
  const isFixedColumn = (column: FieldDefinition) => Boolean(section.yearRows) && column.key === 'year';

  const actionsOf = (index: number, row: DataObject) =>
    canChangeRows && (
      <RowActions
        index={index}
        count={rows.length}
        name={s.rowLabel(index)}
        confirmRemove={isEmptyRow(row) ? null : s.confirmRemoveRow(index)}
        onMove={(offset) => setRows(moveItem(rows, index, offset))}
        onRemove={() => setRows(rows.filter((_, at) => at !== index))}
      />
    );

  const body = isGridTable(section) ? (
    <div className="app-table-scroll">
      <table className="app-table">
        <thead>
          <tr>
            <th scope="col" className="app-table-index">
              #
            </th>
            {section.columns.map((column) => (
              <th key={column.key} scope="col">
                {column.title}
                {column.required && !column.compute && !isFixedColumn(column) && (
                  <span className="app-field-required" aria-hidden="true">
                    *
                  </span>
                )}
              </th>
            ))}
            {canChangeRows && <th scope="col">{s.rowActions}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
            <tr key={index} id={domIdOf(`${pointer}/${index}`)} tabIndex={-1}>
              <td className="app-table-index">{index + 1}</td>
              {section.columns.map((column) => (
                <td key={column.key} className={isFixedColumn(column) ? 'is-fixed' : undefined}>
                  <FieldInput
                    field={column}
                    pointer={`${pointer}/${index}/${column.key}`}
                    value={cellValueOf(column, row)}
                    isFixed={isFixedColumn(column)}
                    isLabelHidden
                    labelPrefix={s.rowLabel(index)}
                  />
                </td>
              ))}
              {canChangeRows && <td>{actionsOf(index, row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  ) : (
    rows.map((row, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
      <fieldset key={index} className="app-row-card" id={domIdOf(`${pointer}/${index}`)} tabIndex={-1}>
        <legend className="app-row-card-title">{s.rowLabel(index)}</legend>
        <div className="app-row-card-actions">{actionsOf(index, row)}</div>
        <div className="app-fields-grid">
          {section.columns.map((column) => (
            <div key={column.key} className={column.type === 'textarea' ? 'app-field-cell is-wide' : 'app-field-cell'}>
              <FieldInput
                field={column}
                pointer={`${pointer}/${index}/${column.key}`}
                value={cellValueOf(column, row)}
                isFixed={isFixedColumn(column)}
                labelPrefix={s.rowLabel(index)}
              />
            </div>
          ))}
        </div>
      </fieldset>
    ))
  );

  return (
    <div className="app-table-section" id={domIdOf(pointer)} tabIndex={-1}>
      {problems.map((problem) => (
        <div key={problem} className="app-field-problem app-block-problem">
          {problem}
        </div>
      ))}
      {rows.length === 0 && <p className="app-empty-rows">{isReadOnly ? s.notFilled : s.noRows}</p>}
      {rows.length > 0 && body}
      {section.yearRows && !isReadOnly && <p className="app-table-note">{s.yearReadOnly}</p>}
      {canChangeRows && (
        <Button className="app-add-row" disabled={isFull} onClick={() => setRows([...rows, {}])}>
          {isFull ? s.maxRowsReached(section.maxRows ?? 0) : `+ ${s.addRow}`}
        </Button>
      )}
    </div>
  );
});
