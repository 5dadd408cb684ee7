#!/bin/sh
# Bulk-import these CSV files into a new, empty Neo4j 5 database (default: neo4j):
#   sh neo4j-admin-import.sh [DATABASE]
# then, with the database started, create the constraints of
# schema/neo4j-constraints.cypher. Written by `autokg export --format csv`.
cd "$(dirname "$0")" || exit 1
neo4j-admin database import full \
  --id-type=string \
  --array-delimiter='|' \
  --nodes=nodes_Company.csv \
  --nodes=nodes_Brand.csv \
  --nodes=nodes_JointVenture.csv \
  --nodes=nodes_Person.csv \
  --nodes=nodes_Vehicle.csv \
  --nodes=nodes_Place.csv \
  --nodes=nodes_AutoShow.csv \
  --nodes=nodes_Publisher.csv \
  --nodes=nodes_Event.csv \
  --nodes=nodes_Article.csv \
  --relationships=rels_OWNED_BY.csv \
  --relationships=rels_PARTNER_IN.csv \
  --relationships=rels_MAKES.csv \
  --relationships=rels_VARIANT_OF.csv \
  --relationships=rels_HOLDS_ROLE.csv \
  --relationships=rels_INVOLVES.csv \
  --relationships=rels_EXTRACTED_FROM.csv \
  --relationships=rels_PUBLISHED_BY.csv \
  --relationships=rels_MENTIONS.csv \
  "${1:-neo4j}"
