import { createCatalogDraftSchema, publishSchema, stockSchema } from '@server/routes/admin/catalogSchema';
import { createInviteSchema } from '@server/routes/codesign/schema';
import { insightsEventSchema } from '@server/routes/insights';
import { rolesSchema } from '@server/routes/admin/schema';
import { loginSchema, registerSchema } from '@server/routes/auth/schema';
import { reviewSchema } from '@server/routes/designs/reviewSchema';
import { createDesignSchema, draftShape, patchDesignSchema } from '@server/routes/designs/schema';
import { galleryQuerySchema } from '@server/routes/gallery/schema';
import {
  appealSchema,
  approveSchema,
  checkSchema,
  reasonSchema,
  rejectSchema,
  reportSchema,
} from '@server/routes/moderation/schema';

/** Who may call a route (the server checks it; this only describes it). */
export type Access = 'anyone' | 'signed-in' | 'owner' | 'moderator' | 'merchandiser' | 'admin';

/** One route of the HTTP API, with the very schema objects its handlers validate with. */
export interface ApiRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express pattern (`/api/designs/:id`). */
  path: string;
  summary: string;
  access: Access;
  /** The JSON body's schema (the one passed to validateBody / the route's check). */
  body?: object;
  /** A body that is not JSON (the catalog CSV, an option image). */
  bodyType?: 'text/csv' | 'image/png';
  query?: object;
  /** Sends If-Match (the ETag of the revision it read). */
  ifMatch?: boolean;
}

const any: object = { type: 'object' };

/**
 * The API's routes. The schemas are imported from the route folders, not copied: what this
 * lists is what the routes validate. tests/contract checks every entry answers as a route.
 */
export const API_ROUTES: ApiRoute[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness: the process is up and the database answers',
    access: 'anyone',
  },
  {
    method: 'get',
    path: '/api/ready',
    summary: 'Readiness: database and Redis answer, not draining',
    access: 'anyone',
  },
  { method: 'get', path: '/api/catalogs', summary: 'Published catalogs', access: 'anyone' },
  { method: 'get', path: '/api/catalogs/:id', summary: 'The newest version of a catalog', access: 'anyone' },
  { method: 'get', path: '/api/catalogs/:id/versions/:version', summary: 'One version of a catalog', access: 'anyone' },
  {
    method: 'post',
    path: '/api/catalogs/:id/validate',
    summary: 'Check a design draft',
    access: 'anyone',
    body: draftShape,
  },
  {
    method: 'post',
    path: '/api/catalogs/:id/guidance',
    summary: 'What still fits and why',
    access: 'anyone',
    body: draftShape,
  },
  {
    method: 'post',
    path: '/api/catalogs/:id/suggestions',
    summary: 'Options often combined with the design',
    access: 'anyone',
    body: draftShape,
  },
  {
    method: 'post',
    path: '/api/catalogs/:id/events',
    summary: 'Count an option viewed, added or removed (insights)',
    access: 'anyone',
    body: insightsEventSchema,
  },
  { method: 'get', path: '/api/openapi.json', summary: 'This document', access: 'anyone' },
  { method: 'post', path: '/api/moderation/check', summary: 'Screen a text', access: 'anyone', body: checkSchema },
  {
    method: 'post',
    path: '/api/auth/register',
    summary: 'Create an account and sign in',
    access: 'anyone',
    body: registerSchema,
  },
  { method: 'post', path: '/api/auth/login', summary: 'Sign in', access: 'anyone', body: loginSchema },
  { method: 'post', path: '/api/auth/logout', summary: 'Sign out', access: 'anyone' },
  { method: 'get', path: '/api/auth/me', summary: 'The signed-in user', access: 'signed-in' },
  { method: 'post', path: '/api/designs', summary: 'Save a design', access: 'anyone', body: createDesignSchema },
  { method: 'get', path: '/api/designs', summary: 'My designs', access: 'anyone' },
  { method: 'get', path: '/api/designs/:id', summary: 'A design', access: 'anyone' },
  {
    method: 'patch',
    path: '/api/designs/:id',
    summary: 'Change my design',
    access: 'owner',
    body: patchDesignSchema,
    ifMatch: true,
  },
  { method: 'delete', path: '/api/designs/:id', summary: 'Delete my design', access: 'owner' },
  { method: 'post', path: '/api/designs/:id/submit', summary: 'Submit my design to the gallery', access: 'owner' },
  {
    method: 'post',
    path: '/api/designs/:id/appeal',
    summary: 'Appeal a rejection',
    access: 'owner',
    body: appealSchema,
  },
  {
    method: 'post',
    path: '/api/designs/:id/report',
    summary: 'Report a public design',
    access: 'signed-in',
    body: reportSchema,
  },
  { method: 'put', path: '/api/designs/:id/vote', summary: 'Vote for a public design', access: 'signed-in' },
  { method: 'delete', path: '/api/designs/:id/vote', summary: 'Take my vote back', access: 'signed-in' },
  { method: 'post', path: '/api/designs/:id/remix', summary: 'Copy a public design', access: 'anyone' },
  {
    method: 'post',
    path: '/api/designs/:id/reviews',
    summary: 'Review a public design',
    access: 'signed-in',
    body: reviewSchema,
  },
  { method: 'get', path: '/api/designs/:id/reviews', summary: 'Reviews of a public design', access: 'anyone' },
  {
    method: 'delete',
    path: '/api/designs/:id/reviews/:reviewId',
    summary: 'Delete my review',
    access: 'signed-in',
  },
  {
    method: 'post',
    path: '/api/designs/:id/reviews/:reviewId/report',
    summary: 'Report a review',
    access: 'signed-in',
    body: reportSchema,
  },
  { method: 'get', path: '/api/designs/:id/image.png', summary: 'The share card (PNG)', access: 'anyone' },
  {
    method: 'get',
    path: '/api/designs/:id/more-by-author',
    summary: "The author's other public designs",
    access: 'anyone',
  },
  {
    method: 'get',
    path: '/api/designs/:id/upgrade',
    summary: 'What moving to the newest catalog version changes',
    access: 'owner',
  },
  {
    method: 'post',
    path: '/api/designs/:id/upgrade',
    summary: 'Move to the newest catalog version',
    access: 'owner',
    ifMatch: true,
  },
  {
    method: 'post',
    path: '/api/designs/:id/invites',
    summary: 'Make an invite link',
    access: 'owner',
    body: createInviteSchema,
  },
  { method: 'get', path: '/api/designs/:id/invites', summary: 'The live invite links', access: 'owner' },
  { method: 'delete', path: '/api/designs/:id/invites/:token', summary: 'Revoke an invite link', access: 'owner' },
  { method: 'post', path: '/api/invites/:token/accept', summary: 'Join a design by its link', access: 'anyone' },
  {
    method: 'get',
    path: '/api/designs/:id/collaborators',
    summary: 'Who is in the design (owner and members)',
    access: 'owner',
  },
  {
    method: 'delete',
    path: '/api/designs/:id/collaborators/:memberId',
    summary: 'Remove a member (or leave)',
    access: 'owner',
  },
  {
    method: 'get',
    path: '/api/gallery',
    summary: 'Public designs, newest or top',
    access: 'anyone',
    query: galleryQuerySchema,
  },
  { method: 'get', path: '/api/moderation/queue', summary: 'The moderation queue', access: 'moderator' },
  { method: 'get', path: '/api/moderation/audit', summary: 'The audit log', access: 'moderator' },
  { method: 'post', path: '/api/moderation/designs/:id/claim', summary: 'Claim a queued design', access: 'moderator' },
  { method: 'post', path: '/api/moderation/designs/:id/approve', summary: 'Approve (or restore)', access: 'moderator' },
  {
    method: 'post',
    path: '/api/moderation/designs/:id/reject',
    summary: 'Reject',
    access: 'moderator',
    body: rejectSchema,
  },
  {
    method: 'post',
    path: '/api/moderation/designs/:id/takedown',
    summary: 'Take down',
    access: 'moderator',
    body: reasonSchema,
  },
  {
    method: 'post',
    path: '/api/moderation/users/:id/suspend',
    summary: 'Suspend a shopper',
    access: 'moderator',
    body: reasonSchema,
  },
  {
    method: 'post',
    path: '/api/moderation/users/:id/unsuspend',
    summary: 'Lift a suspension',
    access: 'moderator',
    body: approveSchema,
  },
  { method: 'get', path: '/api/moderation/reviews', summary: 'Reported reviews', access: 'moderator' },
  {
    method: 'post',
    path: '/api/moderation/reviews/:reviewId/remove',
    summary: 'Remove a reported review',
    access: 'moderator',
    body: reasonSchema,
  },
  {
    method: 'post',
    path: '/api/moderation/reviews/:reviewId/keep',
    summary: 'Keep a reported review',
    access: 'moderator',
    body: approveSchema,
  },
  { method: 'get', path: '/api/admin/users', summary: 'Find users by email', access: 'admin' },
  { method: 'patch', path: '/api/admin/users/:id', summary: "Set a user's roles", access: 'admin', body: rolesSchema },
  { method: 'get', path: '/api/admin/catalogs', summary: 'Catalogs and drafts', access: 'merchandiser' },
  {
    method: 'post',
    path: '/api/admin/catalogs',
    summary: 'Start a draft',
    access: 'merchandiser',
    body: createCatalogDraftSchema,
  },
  { method: 'get', path: '/api/admin/catalogs/:id/draft', summary: 'A draft', access: 'merchandiser' },
  {
    method: 'put',
    path: '/api/admin/catalogs/:id/draft',
    summary: 'Save a whole draft (a catalog)',
    access: 'merchandiser',
    body: any,
    ifMatch: true,
  },
  {
    method: 'patch',
    path: '/api/admin/catalogs/:id/draft',
    summary: 'Change a draft by RFC 6902 operations',
    access: 'merchandiser',
    body: { type: 'array', items: { type: 'object' } },
    ifMatch: true,
  },
  {
    method: 'get',
    path: '/api/admin/catalogs/:id/draft/options.csv',
    summary: "A draft's options as CSV",
    access: 'merchandiser',
  },
  {
    method: 'put',
    path: '/api/admin/catalogs/:id/draft/options.csv',
    summary: "Replace a draft's options from CSV",
    access: 'merchandiser',
    bodyType: 'text/csv',
    ifMatch: true,
  },
  {
    method: 'post',
    path: '/api/admin/catalogs/:id/draft/options.csv/preview',
    summary: 'What importing this CSV would change, row by row (nothing is stored)',
    access: 'merchandiser',
    bodyType: 'text/csv',
  },
  {
    method: 'put',
    path: '/api/admin/catalogs/:id/draft/options/:optionId/image',
    summary: "Set an option's image (raw PNG, JPEG or WebP, at most 5 MB)",
    access: 'merchandiser',
    bodyType: 'image/png',
    ifMatch: true,
  },
  { method: 'get', path: '/api/admin/catalogs/:id/stock', summary: 'Stock now', access: 'merchandiser' },
  {
    method: 'put',
    path: '/api/admin/catalogs/:id/stock/:optionId',
    summary: 'Mark an option out of stock or back, at once, without a new version',
    access: 'merchandiser',
    body: stockSchema,
  },
  { method: 'get', path: '/api/images/:name', summary: 'One size of an option image', access: 'anyone' },
  {
    method: 'get',
    path: '/api/admin/catalogs/:id/impact',
    summary: 'Designs the draft would break',
    access: 'merchandiser',
  },
  {
    method: 'get',
    path: '/api/admin/catalogs/:id/diff',
    summary: 'The draft against the published version',
    access: 'merchandiser',
  },
  {
    method: 'post',
    path: '/api/admin/catalogs/:id/publish',
    summary: 'Publish the draft as a new version',
    access: 'merchandiser',
    body: publishSchema,
    ifMatch: true,
  },
  {
    method: 'get',
    path: '/api/admin/catalogs/:id/versions',
    summary: 'Every published version',
    access: 'merchandiser',
  },
  {
    method: 'get',
    path: '/api/admin/catalogs/:id/insights',
    summary: 'What shoppers pick and leave',
    access: 'merchandiser',
  },
];
