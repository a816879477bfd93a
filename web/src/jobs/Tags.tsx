import { Link } from 'react-router';

/** A job's tags; each links to the list filtered by it. */
export function Tags({ tags }: { tags?: readonly string[] }) {
  if (!tags?.length) return null;
  return (
    <ul className="tags" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Link to={`/jobs?tag=${encodeURIComponent(tag)}`} className="tag">{tag}</Link>
        </li>
      ))}
    </ul>
  );
}
