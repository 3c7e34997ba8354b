/** The public sections, in header order; their pages are built by their features. */
export const publicSections = [
  { key: 'notices', to: '/notices' },
  { key: 'suggestions', to: '/suggestions' },
  { key: 'modelWorkers', to: '/model-workers' },
  { key: 'studios', to: '/studios' },
  { key: 'statistics', to: '/statistics' },
] as const
