import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Table, type TableProps } from 'antd';
import { QueryError } from '../../../components/query-error.js';
import { TableRegion } from '../../../components/table-region.js';
import { ApiError } from '../../../lib/http.js';
import { accountsStrings } from '../accounts.strings.js';

/** A 我的账号 table (sessions, tokens): the last action's failure, then the rows or a retryable load error. */
export function AccountTable<Row extends { id: string }>(props: {
  query: UseQueryResult<Row[]>;
  columns: TableProps<Row>['columns'];
  label: string;
  emptyText: string;
  failure: Error | null;
}) {
  const { query, failure } = props;
  return (
    <>
      {failure && (
        <Alert
          type="error"
          showIcon
          className="accounts-banner"
          title={accountsStrings.operationFailed}
          description={failure instanceof ApiError ? failure.message : undefined}
        />
      )}
      {query.isError ? (
        <QueryError
          title={accountsStrings.loadFailed}
          error={query.error}
          retryLabel={accountsStrings.retry}
          onRetry={() => void query.refetch()}
        />
      ) : (
        <TableRegion label={props.label}>
          <Table<Row>
            rowKey="id"
            size="middle"
            columns={props.columns}
            dataSource={query.data}
            loading={query.isPending}
            pagination={false}
            locale={{ emptyText: props.emptyText }}
          />
        </TableRegion>
      )}
    </>
  );
}
