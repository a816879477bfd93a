/** A page not built yet: its title only. */
export function Placeholder({ title }: { title: string }) {
  return (
    <main id="main">
      <h1>{title}</h1>
    </main>
  );
}
