/** Placeholder rows of the final height, so the table does not jump when the data arrives. */
export function SkeletonRows({ rows, columns }: { rows: number; columns: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, i) => (
        <tr key={i} className="skeleton-row" aria-hidden="true">
          <td colSpan={columns}>
            <span className="skeleton" />
          </td>
        </tr>
      ))}
    </>
  );
}
