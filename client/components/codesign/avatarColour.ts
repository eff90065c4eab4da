/** A person's hue, stable for their id. */
const hue = (id: string) => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7);

/**
 * The background of a person's avatar: their own hue, dark enough that its white initials
 * keep a contrast of at least 4.5:1 whatever the hue (yellow and cyan are the lightest).
 */
export const avatarColour = (id: string) => `hsl(${hue(id)} 55% 28%)`;
