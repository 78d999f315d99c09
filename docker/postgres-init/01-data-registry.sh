#!/bin/sh
# Creates the registry's own role and database (Temporal creates its databases itself).
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<SQL
CREATE ROLE data_registry LOGIN PASSWORD '${DATA_REGISTRY_DB_PASSWORD:-change-me-too}';
CREATE DATABASE data_registry OWNER data_registry ENCODING 'UTF8';
SQL
