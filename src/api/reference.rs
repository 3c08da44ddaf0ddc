//! `/api/docs`: the API reference as a page, drawn on the server from the same OpenAPI
//! document the API serves (so it cannot drift): every operation with its parameters, body
//! and answers, and every data type with its fields. No script, no request leaving the
//! server, readable on a phone; the page's words are translated, the API's own descriptions
//! are the handlers' (English) doc comments.

use actix_web::{HttpResponse, web};
use askama::Template;
use serde_json::Value;

use super::OpenApiDocument;
use crate::error::AppError;
use crate::i18n::Tr;
use crate::web::{Frame, Nav};

/// A field, a parameter or a property.
#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    /// Where a parameter goes (`path`, `query`), empty for properties.
    pub place: String,
    pub kind: TypeText,
    pub required: bool,
    pub description: String,
}

/// A type as the page writes it: words, and the data type it names, if any (a link).
#[derive(Debug, Clone, Default)]
pub struct TypeText {
    pub text: String,
    pub link: Option<String>,
}

/// One answer of an operation.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: String,
    pub description: String,
    pub kind: Option<TypeText>,
}

/// One operation.
#[derive(Debug, Clone)]
pub struct Operation {
    pub anchor: String,
    pub method: String,
    pub path: String,
    pub summary: String,
    pub description: String,
    pub bearer: bool,
    pub parameters: Vec<Field>,
    /// (content type, its type).
    pub bodies: Vec<(String, TypeText)>,
    pub answers: Vec<Answer>,
}

/// One data type of the document's components.
#[derive(Debug, Clone)]
pub struct DataType {
    pub name: String,
    pub description: String,
    pub fields: Vec<Field>,
    /// For a type that is one of some values (an enum), or not an object.
    pub shape: Option<TypeText>,
}

/// The whole reference, built once when the service starts.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    pub title: String,
    pub description: String,
    pub operations: Vec<Operation>,
    pub types: Vec<DataType>,
}

fn text(value: &Value, key: &str) -> String {
    value
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// A schema as words: a reference names its type (and links to it), arrays say what they
/// hold, strings their format or their values, nullable types say so.
fn type_of(schema: &Value) -> TypeText {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.rsplit('/').next().unwrap_or(reference).to_owned();
        return TypeText {
            link: Some(format!("#type-{name}")),
            text: name,
        };
    }
    for combined in ["oneOf", "anyOf", "allOf"] {
        if let Some(options) = schema.get(combined).and_then(Value::as_array) {
            let parts: Vec<TypeText> = options.iter().map(type_of).collect();
            let link = parts.iter().find_map(|p| p.link.clone());
            let words: Vec<String> = parts.into_iter().map(|p| p.text).collect();
            return TypeText {
                text: words.join(" | "),
                link,
            };
        }
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(one)) => vec![one.as_str()],
        Some(Value::Array(many)) => many.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    let nullable = types.contains(&"null");
    let main = types.iter().find(|t| **t != "null").copied().unwrap_or("");
    let mut out = match main {
        "array" => {
            let inner = schema.get("items").map(type_of).unwrap_or_default();
            TypeText {
                text: format!("[{}]", inner.text),
                link: inner.link,
            }
        }
        "" => TypeText {
            text: "any".into(),
            link: None,
        },
        other => {
            let mut words = other.to_owned();
            if let Some(format) = schema.get("format").and_then(Value::as_str) {
                words = format!("{words} ({format})");
            }
            if let Some(values) = schema.get("enum").and_then(Value::as_array) {
                let values: Vec<String> = values
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|v| format!("\"{v}\""))
                    .collect();
                if !values.is_empty() {
                    words = values.join(" | ");
                }
            }
            TypeText {
                text: words,
                link: None,
            }
        }
    };
    if nullable {
        out.text.push_str(" | null");
    }
    out
}

/// The fields of an object schema, required ones first in the document's order.
fn fields_of(schema: &Value) -> Vec<Field> {
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut fields: Vec<Field> = properties
        .iter()
        .map(|(name, property)| Field {
            name: name.clone(),
            place: String::new(),
            kind: type_of(property),
            required: required.contains(&name.as_str()),
            description: text(property, "description"),
        })
        .collect();
    fields.sort_by_key(|f| !f.required);
    fields
}

impl Reference {
    /// Reads the reference out of the OpenAPI document (JSON).
    pub fn from_document(json: &str) -> Reference {
        let Ok(doc) = serde_json::from_str::<Value>(json) else {
            return Reference::default();
        };
        let info = doc.get("info").cloned().unwrap_or_default();
        let mut operations = Vec::new();
        if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
            for (path, item) in paths {
                for method in ["get", "post", "put", "patch", "delete"] {
                    if let Some(op) = item.get(method) {
                        operations.push(operation(path, method, op));
                    }
                }
            }
        }
        let mut types: Vec<DataType> = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|schemas| {
                schemas
                    .iter()
                    .map(|(name, schema)| {
                        let fields = fields_of(schema);
                        DataType {
                            name: name.clone(),
                            description: text(schema, "description"),
                            shape: fields.is_empty().then(|| type_of(schema)),
                            fields,
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        types.sort_by(|a, b| a.name.cmp(&b.name));
        Reference {
            title: text(&info, "title"),
            description: text(&info, "description"),
            operations,
            types,
        }
    }
}

fn operation(path: &str, method: &str, op: &Value) -> Operation {
    let parameters = op
        .get("parameters")
        .and_then(Value::as_array)
        .map(|all| {
            all.iter()
                .map(|p| Field {
                    name: text(p, "name"),
                    place: text(p, "in"),
                    kind: p.get("schema").map(type_of).unwrap_or_default(),
                    required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
                    description: text(p, "description"),
                })
                .collect()
        })
        .unwrap_or_default();
    let bodies = op
        .pointer("/requestBody/content")
        .and_then(Value::as_object)
        .map(|content| {
            content
                .iter()
                .map(|(ct, c)| (ct.clone(), c.get("schema").map(type_of).unwrap_or_default()))
                .collect()
        })
        .unwrap_or_default();
    let answers = op
        .get("responses")
        .and_then(Value::as_object)
        .map(|responses| {
            responses
                .iter()
                .map(|(status, r)| Answer {
                    status: status.clone(),
                    description: text(r, "description"),
                    kind: r
                        .get("content")
                        .and_then(Value::as_object)
                        .and_then(|c| c.values().next())
                        .and_then(|c| c.get("schema"))
                        .map(type_of),
                })
                .collect()
        })
        .unwrap_or_default();
    let bearer = op
        .get("security")
        .and_then(Value::as_array)
        .is_some_and(|s| s.iter().any(|req| req.get("bearer").is_some()));
    let anchor: String = format!("{method}-{path}")
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    Operation {
        anchor,
        method: method.to_ascii_uppercase(),
        path: path.to_owned(),
        summary: text(op, "summary"),
        description: text(op, "description"),
        bearer,
        parameters,
        bodies,
        answers,
    }
}

#[derive(Template)]
#[template(path = "api_docs.html")]
struct ReferencePage<'a> {
    tr: Tr,
    nav: Nav,
    reference: &'a Reference,
}

/// `GET /api/docs`.
pub async fn page(frame: Frame, doc: web::Data<OpenApiDocument>) -> Result<HttpResponse, AppError> {
    crate::web::html(&ReferencePage {
        tr: frame.tr,
        nav: frame.nav,
        reference: &doc.reference,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_written_as_words_with_links_to_data_types() {
        let t = |v: Value| type_of(&v).text;
        assert_eq!(t(serde_json::json!({"type": "string"})), "string");
        assert_eq!(
            t(serde_json::json!({"type": ["string", "null"], "format": "date"})),
            "string (date) | null"
        );
        assert_eq!(
            t(
                serde_json::json!({"type": "array", "items": {"$ref": "#/components/schemas/Money"}})
            ),
            "[Money]"
        );
        assert_eq!(
            type_of(&serde_json::json!({"$ref": "#/components/schemas/Money"})).link,
            Some("#type-Money".into())
        );
        assert_eq!(
            t(serde_json::json!({"type": "string", "enum": ["a", "b"]})),
            "\"a\" | \"b\""
        );
    }
}
