import { createApp, createSSRApp } from 'vue'
import App from './App.vue'
import { install as installI18n } from './modules/i18n'
import { install as installPinia } from './modules/pinia'
import { install as installRouter, router } from './modules/router'
import { install as installUrql } from './modules/urql'
import './styles.css'

// A public page the server rendered (server/src/web-pages.ts) is hydrated: the markup stays, the app takes it over.
const container = document.getElementById('app')!
const serverRendered = container.hasAttribute('data-server-rendered')
const app = (serverRendered ? createSSRApp : createApp)(App)
// In this order: the router's first navigation runs the staff guard, which reads the session
// store (Pinia) and asks the server through the client.
for (const install of [installI18n, installPinia, installUrql, installRouter]) install(app)
// Marks the page as taken over: until then a server-rendered page shows but does not yet answer a tap (a select
// does not open). Browser tests wait for it after loading a page (test/support/browser.ts).
const mount = () => {
  app.mount(container)
  container.dataset.ready = ''
}
// Hydration needs the page's own (lazily loaded) component in place, as it was on the server.
if (serverRendered) void router!.isReady().then(mount)
else mount()
