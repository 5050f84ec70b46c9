-- The home page's "canalizaciones vencidas sin respuesta" of a district user counted every waiting referral of the
-- district (330,000 at Bogotá's scale, a sequential scan: 420 ms; issue 26). The panel now reads its first rows in
-- due-date order and counts at most 1,001 (WorkPanel.firstRowsCounted); this index gives it that order.
create index referral_waiting_due_idx on referral (due_on, id) where inbox_rank = 0;
