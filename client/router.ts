import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import HomeView from './views/HomeView.vue';

/** Routes; the configurator is split off so the home page stays light. */
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView },
  {
    path: '/c/:catalogId',
    name: 'configure',
    component: () => import('./views/ConfiguratorView.vue'),
    props: (route) => ({ catalogId: String(route.params.catalogId) }),
  },
  {
    path: '/d/:designId',
    name: 'design',
    component: () => import('./views/ConfiguratorView.vue'),
    props: (route) => ({ designId: String(route.params.designId) }),
  },
  {
    path: '/invite/:token',
    name: 'invite',
    component: () => import('./views/CodesignInviteView.vue'),
    props: (route) => ({ token: String(route.params.token) }),
  },
  { path: '/gallery', name: 'gallery', component: () => import('./views/GalleryView.vue') },
  { path: '/designs', name: 'designs', component: () => import('./views/MyDesignsView.vue') },
  { path: '/signin', name: 'sign-in', component: () => import('./views/AuthSignInView.vue') },
  { path: '/signup', name: 'sign-up', component: () => import('./views/AuthSignUpView.vue') },
  { path: '/admin/users', name: 'admin-users', component: () => import('./views/AdminUsersView.vue') },
  { path: '/moderation', name: 'moderation', component: () => import('./views/ModerationView.vue') },
  { path: '/merch', name: 'merch', component: () => import('./views/MerchCatalogsView.vue') },
  {
    path: '/merch/:catalogId/insights',
    name: 'merch-insights',
    component: () => import('./views/MerchInsightsView.vue'),
    props: (route) => ({ catalogId: String(route.params.catalogId) }),
  },
  {
    path: '/merch/:catalogId/preview',
    name: 'merch-preview',
    component: () => import('./views/MerchCatalogPreviewView.vue'),
    props: (route) => ({ catalogId: String(route.params.catalogId) }),
  },
  {
    path: '/merch/:catalogId',
    name: 'merch-draft',
    component: () => import('./views/MerchCatalogDraftView.vue'),
    props: (route) => ({ catalogId: String(route.params.catalogId) }),
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});
