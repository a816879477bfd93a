/** The options of a time-zone `<select>`: each of `zones`, the browser's own marked "(this browser)". */
export function ZoneOptions({ zones, browserZone }: { zones: readonly string[]; browserZone: string }) {
  return (
    <>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone === browserZone ? `${zone} (this browser)` : zone}
        </option>
      ))}
    </>
  );
}
