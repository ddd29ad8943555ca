import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '../shell/states';
import { SkeletonRows } from '../shell/SkeletonRows';

interface Props<T> {
  id: string;
  title: string;
  /** The "add" button; left out when the agent may not add. */
  add?: { label: string; onClick: () => void };
  /** A line under the heading (what the list is, or why it is read-only). */
  note?: ReactNode;
  list: UseQueryResult<T[]>;
  skeleton: { rows: number; columns: number };
  /** The header row's cells. */
  head: ReactNode;
  /** Adds the (unlabelled) header of the last column, holding each row's buttons: its class and screen-reader name. */
  actions?: { className: string; label: string };
  rows: (items: T[]) => ReactNode;
  /** Shown under the table when the list is empty. */
  empty: ReactNode;
}

/** The frame every admin list shares: heading and add button, the table with loading rows, error and empty states. */
export function AdminListCard<T>({ id, title, add, note, list, skeleton, head, actions, rows, empty }: Props<T>) {
  return (
    <section aria-labelledby={id} className="adm-card">
      <div className="adm-card-head">
        <h2 id={id}>{title}</h2>
        {add && (
          <button type="button" className="button button-primary" onClick={add.onClick}>
            {add.label}
          </button>
        )}
      </div>
      {note}
      {list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <div className="adm-table-wrap">
          <table className="adm-table" aria-busy={list.isPending}>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {head}
                {actions && (
                  <th scope="col" className={actions.className}>
                    <span className="visually-hidden">{actions.label}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>{list.isPending ? <SkeletonRows rows={skeleton.rows} columns={skeleton.columns} /> : rows(list.data)}</tbody>
          </table>
          {list.data?.length === 0 && empty}
        </div>
      )}
    </section>
  );
}
