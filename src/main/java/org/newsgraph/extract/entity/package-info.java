/**
 * Entities and roles. {@link org.newsgraph.extract.entity.EntityExtractor} needs tokens, NER
 * mentions and coreference chains, and adds entities, mentions and the {@link
 * org.newsgraph.extract.entity.EntityIndex}; {@link org.newsgraph.extract.entity.RoleExtractor}
 * needs the index and adds roles (rules {@code title-org-name}, {@code title-name}).
 */
package org.newsgraph.extract.entity;
