/** Text and binary codecs, one small class per PostgreSQL type (or family of identical types). */
package dev.tusk.types.codec;
