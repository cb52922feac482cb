"""`make new-type`: add a conversation item type to spec/conversation-items.openapi.yaml in one command.

Two sources, one result (a flat item component in the house style, its `oneOf` entry and its mapping entry):

- captured items (``FROM=items.json``: one item or a JSON array of items of one type, exactly as
  ``conversation-items get --json`` prints them): the schema is inferred from all samples together
  (:mod:`tools.new_type.infer`), and the samples become fixtures (:mod:`tools.new_type.fixtures`);
- an upstream OpenAPI schema (``FROM=openapi.yaml#/components/schemas/Name``, OpenAPI 3.0, 3.1 or 3.2): the
  schema and the closure of its ``$ref``s are copied with the house rules applied (:mod:`tools.new_type.upstream`).

The spec file is edited by splicing text (:mod:`tools.new_type.spec_file`), so its comments and layout stay
byte for byte; then ``make generate`` runs, and everything is rolled back if it fails. A maintainer script:
``tools/`` is never shipped.
"""
