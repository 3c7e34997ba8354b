import type { App } from 'vue'

/** Each file in `modules/` installs one plugin through this signature (vitesse's pattern). */
export type UserModule = (app: App) => void
