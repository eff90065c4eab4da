import type { Collaborator, InviteAccepted, InviteCreated, InviteLink, MemberRole } from '@shared/codesign/protocol';
import { request } from './request';

const enc = encodeURIComponent;

/** Invite links and collaborators of a shared design. */
export const codesignApi = {
  createInvite: (designId: string, role: MemberRole) =>
    request<InviteCreated>('POST', `/designs/${enc(designId)}/invites`, { role }),
  listInvites: (designId: string) => request<InviteLink[]>('GET', `/designs/${enc(designId)}/invites`),
  revokeInvite: (designId: string, id: string) =>
    request<void>('DELETE', `/designs/${enc(designId)}/invites/${enc(id)}`),
  acceptInvite: (token: string) => request<InviteAccepted>('POST', `/invites/${enc(token)}/accept`),
  listCollaborators: (designId: string) => request<Collaborator[]>('GET', `/designs/${enc(designId)}/collaborators`),
  removeCollaborator: (designId: string, id: string) =>
    request<void>('DELETE', `/designs/${enc(designId)}/collaborators/${enc(id)}`),
};
