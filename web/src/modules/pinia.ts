import { createPinia } from 'pinia'
import type { UserModule } from './types'

export const pinia = createPinia()

export const install: UserModule = (app) => {
  app.use(pinia)
}
