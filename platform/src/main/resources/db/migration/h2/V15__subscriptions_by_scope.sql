-- An alert's subscribers are looked up by the scopes that cover its jurisdiction (each
-- prefix of its code), not by matching every stored scope against it.
create index ix_subscription_scope on notification_subscription (scope);
