export default function InsightsPage() {
  return <main id="main"><h1>Statistics</h1></main>;
}
