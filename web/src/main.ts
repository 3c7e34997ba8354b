import { createApp } from 'vue'
import App from './App.vue'
import { install as installI18n } from './modules/i18n'
import { install as installPinia } from './modules/pinia'
import { install as installRouter } from './modules/router'
import { install as installUrql } from './modules/urql'
import './styles.css'

const app = createApp(App)
// In this order: the router's first navigation runs the staff guard, which reads the session
// store (Pinia) and asks the server through the client.
for (const install of [installI18n, installPinia, installUrql, installRouter]) install(app)
app.mount('#app')
