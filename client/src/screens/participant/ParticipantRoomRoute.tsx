import { normalizeJoinCode } from '@samenspel/shared';
import { useParams } from '../../router/Router';
import { ParticipantRoom } from './ParticipantRoom';

/** The phone's room, a download of its own, for the join address's code (checked before it loads). */
export function ParticipantRoomRoute() {
  const { code: raw = '' } = useParams();
  const code = normalizeJoinCode(raw);
  return code === null ? null : <ParticipantRoom key={code} code={code} />;
}
