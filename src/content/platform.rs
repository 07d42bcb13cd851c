//! The DOM calls the sanitizer makes, bound to the platform's own prototype
//! functions and getters, each one catching what the browser throws.
//!
//! Markup can change what an ordinary property read returns: a `<form>`
//! exposes its controls by name, so `<form><input name=attributes></form>`
//! makes `form.attributes` the input element (DOM clobbering), and
//! `<img name=body>` does the same to `document.body`. web-sys reads
//! properties that way (its bindings are `structural`), and a value of the
//! wrong type handed to the generated glue corrupted the wasm instance.
//!
//! Every binding here is `final`: wasm-bindgen takes the function or the
//! accessor from the named interface's prototype once, when the module
//! loads, and calls it with the node as `this`, so nothing a document
//! contains can shadow it. Every one is also `catch`: a browser exception
//! becomes an `Err` in Rust instead of unwinding through Rust frames.
//! Values come back as `JsValue` and are typed here, in Rust, never by glue
//! that trusts them.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, DocumentFragment, Element, Node};

#[wasm_bindgen]
extern "C" {
    /// A node of either document, seen only through the bindings below.
    #[wasm_bindgen(js_name = Node)]
    type RawNode;
    #[wasm_bindgen(js_name = Element)]
    type RawElement;
    #[wasm_bindgen(js_name = Document)]
    type RawDocument;
    #[wasm_bindgen(js_name = NamedNodeMap)]
    type RawAttributes;
    #[wasm_bindgen(js_name = Attr)]
    type RawAttribute;
    #[wasm_bindgen(js_name = NodeList)]
    type RawNodeList;
    #[wasm_bindgen(js_name = CharacterData)]
    type RawCharacterData;

    #[wasm_bindgen(method, final, getter, catch, js_class = "Node", js_name = nodeType)]
    fn node_type(this: &RawNode) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, getter, catch, js_class = "Node", js_name = firstChild)]
    fn first_child(this: &RawNode) -> Result<Option<Node>, JsValue>;
    #[wasm_bindgen(method, final, getter, catch, js_class = "Node", js_name = nextSibling)]
    fn next_sibling(this: &RawNode) -> Result<Option<Node>, JsValue>;
    #[wasm_bindgen(method, final, getter, catch, js_class = "Node", js_name = parentNode)]
    fn parent_node(this: &RawNode) -> Result<Option<Node>, JsValue>;
    #[wasm_bindgen(method, final, getter, catch, js_class = "Node", js_name = textContent)]
    fn text_content(this: &RawNode) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, setter, catch, js_class = "Node", js_name = textContent)]
    fn set_text_content(this: &RawNode, value: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Node", js_name = appendChild)]
    fn append_child(this: &RawNode, child: &Node) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Node", js_name = replaceChild)]
    fn replace_child(this: &RawNode, new: &Node, old: &Node) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, final, getter, catch, js_class = "CharacterData", js_name = data)]
    fn data(this: &RawCharacterData) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, final, getter, catch, js_class = "Element", js_name = namespaceURI)]
    fn namespace_uri(this: &RawElement) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, getter, catch, js_class = "Element", js_name = localName)]
    fn local_name(this: &RawElement) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, getter, catch, js_class = "Element", js_name = attributes)]
    fn attributes(this: &RawElement) -> Result<RawAttributes, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Element", js_name = hasAttribute)]
    fn has_attribute(this: &RawElement, name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Element", js_name = getAttribute)]
    fn get_attribute(this: &RawElement, name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Element", js_name = setAttribute)]
    fn set_attribute(this: &RawElement, name: &str, value: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Element", js_name = querySelectorAll)]
    fn query_selector_all(this: &RawElement, selectors: &str) -> Result<RawNodeList, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Element", js_name = remove)]
    fn remove(this: &RawElement) -> Result<(), JsValue>;

    #[wasm_bindgen(method, final, getter, catch, js_class = "NamedNodeMap", js_name = length)]
    fn length(this: &RawAttributes) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "NamedNodeMap", js_name = item)]
    fn item(this: &RawAttributes, index: u32) -> Result<Option<RawAttribute>, JsValue>;

    #[wasm_bindgen(method, final, getter, catch, js_class = "NodeList", js_name = length)]
    fn length(this: &RawNodeList) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "NodeList", js_name = item)]
    fn item(this: &RawNodeList, index: u32) -> Result<Option<Node>, JsValue>;

    #[wasm_bindgen(method, final, getter, catch, js_class = "Attr", js_name = namespaceURI)]
    fn namespace_uri(this: &RawAttribute) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, getter, catch, js_class = "Attr", js_name = localName)]
    fn local_name(this: &RawAttribute) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, final, getter, catch, js_class = "Attr", js_name = value)]
    fn value(this: &RawAttribute) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, final, getter, catch, js_class = "Document", js_name = body)]
    fn body(this: &RawDocument) -> Result<Option<Element>, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Document", js_name = createElement)]
    fn create_element(this: &RawDocument, tag: &str) -> Result<Element, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Document", js_name = createTextNode)]
    fn create_text_node(this: &RawDocument, data: &str) -> Result<Node, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Document", js_name = importNode)]
    fn import_node(this: &RawDocument, node: &Node, deep: bool) -> Result<Node, JsValue>;
    #[wasm_bindgen(method, final, catch, js_class = "Document", js_name = createDocumentFragment)]
    fn create_document_fragment(this: &RawDocument) -> Result<DocumentFragment, JsValue>;

    /// `Reflect.get(target, key, receiver)`: runs the accessor found on
    /// `target`'s prototype chain with `receiver` as `this`.
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn get_with_receiver(
        target: &JsValue,
        key: &JsValue,
        receiver: &JsValue,
    ) -> Result<JsValue, JsValue>;
}

/// A DOM call that threw, or answered with a value of the wrong type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the browser's {call} failed: {reason}")]
pub struct DomError {
    /// The interface member called, as `Element.localName`.
    pub call: &'static str,
    /// What the browser threw, or what came back instead.
    pub reason: String,
}

type Dom<T> = Result<T, DomError>;

fn failed(call: &'static str) -> impl FnOnce(JsValue) -> DomError {
    move |thrown| DomError {
        call,
        reason: describe(&thrown),
    }
}

/// A thrown value as text, without trusting its `toString` to be a function
/// of ours: `String(x)` is run by the engine and may itself throw.
pub fn describe(thrown: &JsValue) -> String {
    if let Some(error) = thrown.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    thrown
        .as_string()
        .unwrap_or_else(|| "a non-error value".into())
}

fn string(call: &'static str, value: JsValue) -> Dom<String> {
    value.as_string().ok_or_else(|| DomError {
        call,
        reason: "not a string".into(),
    })
}

fn optional_string(call: &'static str, value: JsValue) -> Dom<Option<String>> {
    if value.is_null() || value.is_undefined() {
        Ok(None)
    } else {
        string(call, value).map(Some)
    }
}

fn count(call: &'static str, value: JsValue) -> Dom<u32> {
    match value.as_f64() {
        Some(n) if n >= 0.0 && n <= f64::from(u32::MAX) && n.fract() == 0.0 => Ok(n as u32),
        _ => Err(DomError {
            call,
            reason: "not a count".into(),
        }),
    }
}

fn raw(node: &Node) -> &RawNode {
    node.unchecked_ref()
}

fn raw_element(element: &Element) -> &RawElement {
    element.unchecked_ref()
}

fn raw_document(document: &Document) -> &RawDocument {
    document.unchecked_ref()
}

/// `Node.nodeType`.
pub fn node_type(node: &Node) -> Dom<u16> {
    let value = raw(node).node_type().map_err(failed("Node.nodeType"))?;
    count("Node.nodeType", value).map(|n| n as u16)
}

/// `Node.firstChild`.
pub fn first_child(node: &Node) -> Dom<Option<Node>> {
    raw(node).first_child().map_err(failed("Node.firstChild"))
}

/// `Node.nextSibling`.
pub fn next_sibling(node: &Node) -> Dom<Option<Node>> {
    raw(node).next_sibling().map_err(failed("Node.nextSibling"))
}

/// `Node.parentNode`.
pub fn parent_node(node: &Node) -> Dom<Option<Node>> {
    raw(node).parent_node().map_err(failed("Node.parentNode"))
}

/// The children of `node`, read once, so the caller may replace them.
pub fn children(node: &Node) -> Dom<Vec<Node>> {
    let mut nodes = Vec::new();
    let mut next = first_child(node)?;
    while let Some(child) = next {
        next = next_sibling(&child)?;
        nodes.push(child);
    }
    Ok(nodes)
}

/// `Node.textContent` (empty for a document).
pub fn text_content(node: &Node) -> Dom<String> {
    let value = raw(node)
        .text_content()
        .map_err(failed("Node.textContent"))?;
    optional_string("Node.textContent", value).map(Option::unwrap_or_default)
}

/// Sets `Node.textContent`.
pub fn set_text_content(node: &Node, text: &str) -> Dom<()> {
    raw(node)
        .set_text_content(text)
        .map_err(failed("Node.textContent"))
}

/// `CharacterData.data`: the text of a text node.
pub fn character_data(node: &Node) -> Dom<String> {
    let value = node
        .unchecked_ref::<RawCharacterData>()
        .data()
        .map_err(failed("CharacterData.data"))?;
    string("CharacterData.data", value)
}

/// `Node.appendChild`.
pub fn append_child(parent: &Node, child: &Node) -> Dom<()> {
    raw(parent)
        .append_child(child)
        .map(drop)
        .map_err(failed("Node.appendChild"))
}

/// `Node.replaceChild`.
pub fn replace_child(parent: &Node, new: &Node, old: &Node) -> Dom<()> {
    raw(parent)
        .replace_child(new, old)
        .map(drop)
        .map_err(failed("Node.replaceChild"))
}

/// `Element.namespaceURI`.
pub fn namespace_uri(element: &Element) -> Dom<Option<String>> {
    let value = raw_element(element)
        .namespace_uri()
        .map_err(failed("Element.namespaceURI"))?;
    optional_string("Element.namespaceURI", value)
}

/// `Element.localName`.
pub fn local_name(element: &Element) -> Dom<String> {
    let value = raw_element(element)
        .local_name()
        .map_err(failed("Element.localName"))?;
    string("Element.localName", value)
}

/// `Element.hasAttribute`.
pub fn has_attribute(element: &Element, name: &str) -> Dom<bool> {
    let value = raw_element(element)
        .has_attribute(name)
        .map_err(failed("Element.hasAttribute"))?;
    value.as_bool().ok_or_else(|| DomError {
        call: "Element.hasAttribute",
        reason: "not a boolean".into(),
    })
}

/// `Element.getAttribute`.
pub fn get_attribute(element: &Element, name: &str) -> Dom<Option<String>> {
    let value = raw_element(element)
        .get_attribute(name)
        .map_err(failed("Element.getAttribute"))?;
    optional_string("Element.getAttribute", value)
}

/// `Element.setAttribute`.
pub fn set_attribute(element: &Element, name: &str, value: &str) -> Dom<()> {
    raw_element(element)
        .set_attribute(name, value)
        .map_err(failed("Element.setAttribute"))
}

/// `Element.remove`.
pub fn remove(element: &Element) -> Dom<()> {
    raw_element(element)
        .remove()
        .map_err(failed("Element.remove"))
}

/// The elements under `element` that match `selectors` (`querySelectorAll`).
pub fn query_selector_all(element: &Element, selectors: &str) -> Dom<Vec<Element>> {
    let list = raw_element(element)
        .query_selector_all(selectors)
        .map_err(failed("Element.querySelectorAll"))?;
    let length = count(
        "NodeList.length",
        list.length().map_err(failed("NodeList.length"))?,
    )?;
    let mut elements = Vec::new();
    for index in 0..length {
        if let Some(node) = list.item(index).map_err(failed("NodeList.item"))? {
            elements.push(node.unchecked_into());
        }
    }
    Ok(elements)
}

/// One attribute of an element: its namespace, local name and value.
pub struct Attribute {
    pub namespace: Option<String>,
    pub local_name: String,
    pub value: String,
}

/// The attributes of `element`, in their order.
pub fn attributes(element: &Element) -> Dom<Vec<Attribute>> {
    let map = raw_element(element)
        .attributes()
        .map_err(failed("Element.attributes"))?;
    let length = count(
        "NamedNodeMap.length",
        map.length().map_err(failed("NamedNodeMap.length"))?,
    )?;
    let mut list = Vec::with_capacity(length as usize);
    for index in 0..length {
        let Some(attribute) = map.item(index).map_err(failed("NamedNodeMap.item"))? else {
            continue;
        };
        let namespace = optional_string(
            "Attr.namespaceURI",
            attribute
                .namespace_uri()
                .map_err(failed("Attr.namespaceURI"))?,
        )?;
        let local_name = string(
            "Attr.localName",
            attribute.local_name().map_err(failed("Attr.localName"))?,
        )?;
        let value = string(
            "Attr.value",
            attribute.value().map_err(failed("Attr.value"))?,
        )?;
        list.push(Attribute {
            namespace,
            local_name,
            value,
        });
    }
    Ok(list)
}

/// `Document.body`.
pub fn body(document: &Document) -> Dom<Option<Element>> {
    raw_document(document)
        .body()
        .map_err(failed("Document.body"))
}

/// `Document.createElement`.
pub fn create_element(document: &Document, tag: &str) -> Dom<Element> {
    raw_document(document)
        .create_element(tag)
        .map_err(failed("Document.createElement"))
}

/// `Document.createTextNode`.
pub fn create_text_node(document: &Document, text: &str) -> Dom<Node> {
    raw_document(document)
        .create_text_node(text)
        .map_err(failed("Document.createTextNode"))
}

/// `Document.importNode(text, false)`: a copy of a text node of another
/// document in `document`, its characters never brought into the wasm. Only
/// for nodes the caller has checked are text: an element imported this way
/// would keep every attribute the policy judges.
pub fn import_text(document: &Document, text: &Node) -> Dom<Node> {
    raw_document(document)
        .import_node(text, false)
        .map_err(failed("Document.importNode"))
}

/// `Document.createDocumentFragment`.
pub fn create_document_fragment(document: &Document) -> Dom<DocumentFragment> {
    raw_document(document)
        .create_document_fragment()
        .map_err(failed("Document.createDocumentFragment"))
}

/// `new URL(value, base).href`: a relative address resolved against the
/// article's own page. `None` when either is not a URL (the constructor
/// throws a `TypeError`, caught here).
pub fn resolve_url(value: &str, base: &str) -> Option<String> {
    web_sys::Url::new_with_base(value, base)
        .ok()
        .map(|url| url.href())
}

/// Every property of a node that this module's bindings, the sanitizer or
/// the browser's own algorithms behind them read, by name. A node that
/// answers any of them differently through an ordinary property read than
/// through the platform's accessor has been shadowed by its own content.
pub const WALKED_PROPERTIES: &[&str] = &[
    "nodeType",
    "nodeName",
    "nodeValue",
    "localName",
    "namespaceURI",
    "tagName",
    "attributes",
    "childNodes",
    "children",
    "firstChild",
    "lastChild",
    "nextSibling",
    "previousSibling",
    "parentNode",
    "parentElement",
    "ownerDocument",
    "textContent",
    "innerHTML",
    "outerHTML",
    "hasAttribute",
    "getAttribute",
    "setAttribute",
    "removeAttribute",
    "hasChildNodes",
    "appendChild",
    "insertBefore",
    "removeChild",
    "replaceChild",
    "remove",
    "querySelectorAll",
    "cloneNode",
];

/// Whether `element` is clobbered: its own content (named controls of a
/// form, or anything an engine exposes as named properties) shadows one of
/// the properties in [`WALKED_PROPERTIES`], so ordinary code reading it
/// would see something other than what the platform's accessor says.
///
/// Ordinary elements have no own properties at all (every accessor lives on
/// a prototype), so one call clears them; only an element with own keys is
/// compared property by property. A node that cannot even be asked is
/// counted as clobbered.
pub fn is_clobbered(element: &Element) -> bool {
    let Ok(keys) = Reflect::own_keys(element) else {
        return true;
    };
    if keys.length() == 0 {
        return false;
    }
    let Ok(prototype) = Reflect::get_prototype_of(element) else {
        return true;
    };
    let prototype: &JsValue = prototype.as_ref();
    WALKED_PROPERTIES.iter().any(|name| {
        let key = JsValue::from_str(name);
        let seen = Reflect::get(element, &key);
        let platform = get_with_receiver(prototype, &key, element);
        match (seen, platform) {
            (Ok(seen), Ok(platform)) => !js_sys::Object::is(&seen, &platform),
            _ => true,
        }
    })
}
