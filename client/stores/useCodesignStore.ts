import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { inverseOperation, type DesignOp } from '@shared/codesign/operations';
import { LIVE_CLOSE, type Person, type Presence, type ServerMessage } from '@shared/codesign/protocol';
import { Replica } from '@shared/codesign/replica';
import { currentLocale } from '@client/i18n';
import { loadPending, savePending, tabClientId } from './codesignStorage';
import { useToastStore } from './useToastStore';
import { refusalNotice, type RefusalNotice } from './codesignNotice';
import { personName } from '@client/components/codesign/personName';

interface UndoEntry {
  op: DesignOp;
  mutationId: number;
}

export type LiveStatus = 'idle' | 'connecting' | 'live' | 'offline' | 'removed';

/**
 * A shared design, live: own operations show at once and are sent to the design's room;
 * every state the server sends is the new base, with the pending operations replayed on
 * top. Operations not yet saved survive a dropped connection (resent) and a reload (sessionStorage).
 * Undo and redo take back one's own operations only, each checked by the server again.
 */
export const useCodesignStore = defineStore('codesign', () => {
  const designId = ref<string | null>(null);
  const view = shallowRef<DesignDraft>({ catalogId: '', selections: [] });
  const status = ref<LiveStatus>('idle');
  const pendingCount = ref(0);
  const you = shallowRef<Person | null>(null);
  const presence = shallowRef<Presence[]>([]);
  const notice = shallowRef<RefusalNotice | null>(null);
  /** Inverses of one's own edits, with the mutation they take back (a refused edit leaves the stack). */
  const undoStack = shallowRef<UndoEntry[]>([]);
  const redoStack = shallowRef<UndoEntry[]>([]);
  const role = computed(() => you.value?.role ?? null);
  const saved = computed(() => pendingCount.value === 0);

  let replica: Replica | null = null;
  let catalog: Catalog | null = null;
  let ws: WebSocket | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let backoff = 500;
  let focus: string | null = null;
  /** Who else changed the design since the page last said so (useChangeAnnouncements takes them). */
  let changedBy: string[] = [];

  function refresh(): void {
    if (!replica || !designId.value) return;
    view.value = replica.view();
    // Saved means durable: committed operations count until the server says `saved`.
    const notSaved = replica.notSaved();
    pendingCount.value = notSaved.length;
    savePending(designId.value, notSaved);
  }

  /** Joins the design's room (the catalog is the design's pinned version). */
  function open(id: string, cat: Catalog, draft: DesignDraft): void {
    close();
    designId.value = id;
    catalog = cat;
    replica = new Replica(cat, tabClientId(), draft, loadPending(id));
    undoStack.value = [];
    redoStack.value = [];
    notice.value = null;
    refresh();
    connect();
  }

  function connect(): void {
    if (!designId.value) return;
    status.value = 'connecting';
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(
      `${scheme}://${location.host}/api/designs/${encodeURIComponent(designId.value)}/live?lang=${currentLocale()}`,
    );
    ws = socket;
    socket.onmessage = (e) => ws === socket && receive(JSON.parse(String(e.data)) as ServerMessage);
    socket.onclose = (e) => {
      if (ws !== socket) return;
      ws = null;
      if (e.code === LIVE_CLOSE.removed) return void (status.value = 'removed');
      status.value = 'offline';
      retry = setTimeout(connect, backoff);
      backoff = Math.min(5000, backoff * 2);
    };
  }

  function receive(msg: ServerMessage): void {
    if (!replica) return;
    if (msg.type === 'presence') return void (presence.value = msg.presence);
    if (msg.type === 'error') return;
    if (msg.type === 'snapshot') {
      you.value = msg.you;
      presence.value = msg.presence;
      status.value = 'live';
      backoff = 500;
    }
    const refused =
      msg.type === 'reject' ? replica.pending.find((p) => p.mutationId === msg.mutationId)?.op : undefined;
    if (msg.type === 'commit' && msg.by.id !== you.value?.id && !changedBy.includes(personName(msg.by)))
      changedBy = [...changedBy, personName(msg.by)];
    const { rejected, snapshot } = replica.receive(msg);
    if (snapshot) {
      for (const m of replica.resend()) send(m);
      if (focus) send({ type: 'presence', focus });
    }
    if (rejected && catalog) {
      notice.value = refusalNotice(catalog, rejected, refused);
      // On a phone the bar may be folded away: the refusal also shows as a notice in the corner.
      useToastStore().show('error', notice.value.text, 8000);
      const gone = (e: UndoEntry) => e.mutationId !== rejected.mutationId;
      undoStack.value = undoStack.value.filter(gone);
      redoStack.value = redoStack.value.filter(gone);
    }
    refresh();
  }

  function send(msg: object): void {
    if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(msg));
  }

  /** One own operation: applied at once, sent, and its inverse kept for undo. */
  function apply(op: DesignOp, from: 'edit' | 'undo' | 'redo' = 'edit'): void {
    if (!replica || !catalog || role.value === 'viewer') return;
    const inverse = inverseOperation(catalog, replica.view(), op);
    const msg = replica.apply(op);
    send(msg);
    const entry = inverse && msg.type === 'op' ? { op: inverse, mutationId: msg.mutationId } : null;
    if (entry && from === 'undo') redoStack.value = [...redoStack.value, entry];
    else if (entry) undoStack.value = [...undoStack.value.slice(-99), entry];
    if (from === 'edit') redoStack.value = [];
    refresh();
  }

  function undo(): void {
    const entry = undoStack.value.at(-1);
    if (!entry) return;
    undoStack.value = undoStack.value.slice(0, -1);
    apply(entry.op, 'undo');
  }

  function redo(): void {
    const entry = redoStack.value.at(-1);
    if (!entry) return;
    redoStack.value = redoStack.value.slice(0, -1);
    apply(entry.op, 'redo');
  }

  /** Tells the others where this person is (an option id, `text:<field>`, `name`). */
  function setFocus(next: string | null): void {
    if (next === focus) return;
    focus = next;
    send({ type: 'presence', focus });
  }

  /** The repair the server offered with a refusal: make room, then the refused edit again. */
  function acceptOffer(): void {
    const offer = notice.value;
    notice.value = null;
    for (const op of offer?.offer ?? []) apply(op);
  }

  // The room words its refusals in the language the socket was opened in: a new one, a new socket
  // (pending operations are sent again on its snapshot; the server ignores repeats).
  watch(currentLocale, () => {
    if (!ws) return;
    const old = ws;
    ws = null;
    old.close();
    clearTimeout(retry);
    connect();
  });

  function close(): void {
    clearTimeout(retry);
    const socket = ws;
    ws = null;
    socket?.close();
    status.value = 'idle';
    presence.value = [];
    you.value = null;
    replica = null;
    designId.value = null;
  }

  return {
    designId,
    view,
    status,
    pendingCount,
    saved,
    you,
    role,
    presence,
    notice,
    undoStack,
    redoStack,
    open,
    close,
    apply,
    undo,
    redo,
    setFocus,
    acceptOffer,
    dismissNotice: () => (notice.value = null),
    /** The names of the others whose edits arrived since the last call. */
    takeChangedBy: () => changedBy.splice(0),
  };
});
