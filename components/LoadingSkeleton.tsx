/** Placeholders shaped like the article card and the sections, so nothing jumps when they arrive. */
export function LoadingSkeleton() {
  return (
    <div class="skeleton" aria-hidden="true">
      <div class="skeleton-card">
        <span class="line short" />
        <span class="line title" />
        <span class="line title second" />
        <span class="line" />
      </div>
      {[0, 1, 2].map((i) => (
        <div key={i} class="skeleton-section">
          <span class="line header" />
          <span class="line" />
          <span class="line medium" />
        </div>
      ))}
    </div>
  );
}
