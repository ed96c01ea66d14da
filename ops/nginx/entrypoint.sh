#!/bin/sh
# Fills in the site's template from the environment, starts with an empty cache (a purge sent while
# the proxy was down must not leave a stale copy behind), and runs nginx in the foreground.
set -eu
: "${PROXY_LISTEN:?Set PROXY_LISTEN, e.g. 80}"
: "${PURGE_LISTEN:?Set PURGE_LISTEN, e.g. 8081 (never published to visitors)}"
: "${UPSTREAM_SERVERS:?Set UPSTREAM_SERVERS, e.g. server app:3000;}"
: "${NGINX_CACHE_DIR:=/var/cache/nginx/passerelle}"
export NGINX_CACHE_DIR
envsubst '${PROXY_LISTEN} ${PURGE_LISTEN} ${UPSTREAM_SERVERS} ${NGINX_CACHE_DIR}' \
  < /etc/nginx/passerelle.conf.template > /etc/nginx/conf.d/passerelle.conf
rm -rf "$NGINX_CACHE_DIR"
mkdir -p "$NGINX_CACHE_DIR"
chown www-data "$NGINX_CACHE_DIR"
nginx -t -q
exec nginx -g 'daemon off;'
