/*eslint-disable*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader,
  $Writer = $protobuf.Writer,
  $util = $protobuf.util;
const $Object = $util.global.Object,
  $undefined = $util.global.undefined,
  $Error = $util.global.Error,
  $RangeError = $util.global.RangeError,
  $TypeError = $util.global.TypeError,
  $String = $util.global.String,
  $Boolean = $util.global.Boolean,
  $Number = $util.global.Number,
  $Array = $util.global.Array,
  $isFinite = $util.global.isFinite,
  $parseInt = $util.global.parseInt,
  $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["chirpstack"] || ($protobuf.roots["chirpstack"] = {});

export const integration = ($root.integration = (() => {
  /**
   * Namespace integration.
   * @exports integration
   * @namespace
   */
  const integration = {};

  /**
   * LogLevel enum.
   * @name integration.LogLevel
   * @enum {number}
   * @property {number} INFO=0 INFO value
   * @property {number} WARNING=1 WARNING value
   * @property {number} ERROR=2 ERROR value
   */
  integration.LogLevel = (function () {
    const valuesById = $Object.create(null),
      values = $Object.create(valuesById);
    values[(valuesById[0] = "INFO")] = 0;
    values[(valuesById[1] = "WARNING")] = 1;
    values[(valuesById[2] = "ERROR")] = 2;
    return values;
  })();

  /**
   * LogCode enum.
   * @name integration.LogCode
   * @enum {number}
   * @property {number} UNKNOWN=0 UNKNOWN value
   * @property {number} DOWNLINK_PAYLOAD_SIZE=1 DOWNLINK_PAYLOAD_SIZE value
   * @property {number} UPLINK_CODEC=2 UPLINK_CODEC value
   * @property {number} DOWNLINK_CODEC=3 DOWNLINK_CODEC value
   * @property {number} OTAA=4 OTAA value
   * @property {number} UPLINK_F_CNT_RESET=5 UPLINK_F_CNT_RESET value
   * @property {number} UPLINK_MIC=6 UPLINK_MIC value
   * @property {number} UPLINK_F_CNT_RETRANSMISSION=7 UPLINK_F_CNT_RETRANSMISSION value
   * @property {number} DOWNLINK_GATEWAY=8 DOWNLINK_GATEWAY value
   * @property {number} RELAY_NEW_END_DEVICE=9 RELAY_NEW_END_DEVICE value
   * @property {number} F_CNT_DOWN=10 F_CNT_DOWN value
   * @property {number} EXPIRED=11 EXPIRED value
   */
  integration.LogCode = (function () {
    const valuesById = $Object.create(null),
      values = $Object.create(valuesById);
    values[(valuesById[0] = "UNKNOWN")] = 0;
    values[(valuesById[1] = "DOWNLINK_PAYLOAD_SIZE")] = 1;
    values[(valuesById[2] = "UPLINK_CODEC")] = 2;
    values[(valuesById[3] = "DOWNLINK_CODEC")] = 3;
    values[(valuesById[4] = "OTAA")] = 4;
    values[(valuesById[5] = "UPLINK_F_CNT_RESET")] = 5;
    values[(valuesById[6] = "UPLINK_MIC")] = 6;
    values[(valuesById[7] = "UPLINK_F_CNT_RETRANSMISSION")] = 7;
    values[(valuesById[8] = "DOWNLINK_GATEWAY")] = 8;
    values[(valuesById[9] = "RELAY_NEW_END_DEVICE")] = 9;
    values[(valuesById[10] = "F_CNT_DOWN")] = 10;
    values[(valuesById[11] = "EXPIRED")] = 11;
    return values;
  })();

  integration.DeviceInfo = (function () {
    /**
     * Properties of a DeviceInfo.
     * @typedef {Object} integration.DeviceInfo.$Properties
     * @property {string|null} [tenantId] DeviceInfo tenantId
     * @property {string|null} [tenantName] DeviceInfo tenantName
     * @property {string|null} [applicationId] DeviceInfo applicationId
     * @property {string|null} [applicationName] DeviceInfo applicationName
     * @property {string|null} [deviceProfileId] DeviceInfo deviceProfileId
     * @property {string|null} [deviceProfileName] DeviceInfo deviceProfileName
     * @property {string|null} [deviceName] DeviceInfo deviceName
     * @property {string|null} [devEui] DeviceInfo devEui
     * @property {Object.<string,string>|null} [tags] DeviceInfo tags
     * @property {common.DeviceClass|null} [deviceClassEnabled] DeviceInfo deviceClassEnabled
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a DeviceInfo.
     * @memberof integration
     * @interface IDeviceInfo
     * @augments integration.DeviceInfo.$Properties
     * @deprecated Use integration.DeviceInfo.$Properties instead.
     */

    /**
     * Shape of a DeviceInfo.
     * @typedef {integration.DeviceInfo.$Properties} integration.DeviceInfo.$Shape
     */

    /**
     * Constructs a new DeviceInfo.
     * @memberof integration
     * @classdesc Represents a DeviceInfo.
     * @constructor
     * @param {integration.DeviceInfo.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const DeviceInfo = function (properties) {
      this.tags = {};
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * DeviceInfo tenantId.
     * @member {string} tenantId
     * @memberof integration.DeviceInfo
     * @instance
     */
    DeviceInfo.prototype.tenantId = "";

    /**
     * DeviceInfo tenantName.
     * @member {string} tenantName
     * @memberof integration.DeviceInfo
     * @instance
     */
    DeviceInfo.prototype.tenantName = "";

    /**
     * DeviceInfo applicationId.
     * @member {string} applicationId
     * @memberof integration.DeviceInfo
     * @instance
     */
    DeviceInfo.prototype.applicationId = "";

    /**
     * DeviceInfo applicationName.
     * @member {string} applicationName
     * @memberof integration.DeviceInfo
     * @instance
     */
    DeviceInfo.prototype.applicationName = "";

    /**
     * DeviceInfo deviceProfileId.
     * @member {string} deviceProfileId
     * @memberof integration.DeviceInfo
     * @instance
     */
    DeviceInfo.prototype.deviceProfileId = "";

    /**
     * DeviceInfo deviceProfileName.
     * @member {string} deviceProfileName
     * @memberof integration.DeviceInfo
     * @instance
     */
    DeviceInfo.prototype.deviceProfileName = "";

    /**
     * DeviceInfo deviceName.
     * @member {string} deviceName
     * @memberof integration.DeviceInfo
     * @instance
     */
    DeviceInfo.prototype.deviceName = "";

    /**
     * DeviceInfo devEui.
     * @member {string} devEui
     * @memberof integration.DeviceInfo
     * @instance
     */
    DeviceInfo.prototype.devEui = "";

    /**
     * DeviceInfo tags.
     * @member {Object.<string,string>} tags
     * @memberof integration.DeviceInfo
     * @instance
     */
    DeviceInfo.prototype.tags = $util.emptyObject;

    /**
     * DeviceInfo deviceClassEnabled.
     * @member {common.DeviceClass} deviceClassEnabled
     * @memberof integration.DeviceInfo
     * @instance
     */
    DeviceInfo.prototype.deviceClassEnabled = 0;

    /**
     * Creates a new DeviceInfo instance using the specified properties.
     * @function create
     * @memberof integration.DeviceInfo
     * @static
     * @param {integration.DeviceInfo.$Properties=} [properties] Properties to set
     * @returns {integration.DeviceInfo} DeviceInfo instance
     * @type {{
     *   (properties: integration.DeviceInfo.$Shape): integration.DeviceInfo & integration.DeviceInfo.$Shape;
     *   (properties?: integration.DeviceInfo.$Properties): integration.DeviceInfo;
     * }}
     */
    DeviceInfo.create = function (properties) {
      return new DeviceInfo(properties);
    };

    /**
     * Encodes the specified DeviceInfo message. Does not implicitly {@link integration.DeviceInfo.verify|verify} messages.
     * @function encode
     * @memberof integration.DeviceInfo
     * @static
     * @param {integration.DeviceInfo.$Properties} message DeviceInfo message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    DeviceInfo.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.tenantId != null && $Object.hasOwnProperty.call(message, "tenantId") && message.tenantId !== "")
        writer.uint32(/* id 1, wireType 2 =*/ 10).string(message.tenantId);
      if (message.tenantName != null && $Object.hasOwnProperty.call(message, "tenantName") && message.tenantName !== "")
        writer.uint32(/* id 2, wireType 2 =*/ 18).string(message.tenantName);
      if (
        message.applicationId != null &&
        $Object.hasOwnProperty.call(message, "applicationId") &&
        message.applicationId !== ""
      )
        writer.uint32(/* id 3, wireType 2 =*/ 26).string(message.applicationId);
      if (
        message.applicationName != null &&
        $Object.hasOwnProperty.call(message, "applicationName") &&
        message.applicationName !== ""
      )
        writer.uint32(/* id 4, wireType 2 =*/ 34).string(message.applicationName);
      if (
        message.deviceProfileId != null &&
        $Object.hasOwnProperty.call(message, "deviceProfileId") &&
        message.deviceProfileId !== ""
      )
        writer.uint32(/* id 5, wireType 2 =*/ 42).string(message.deviceProfileId);
      if (
        message.deviceProfileName != null &&
        $Object.hasOwnProperty.call(message, "deviceProfileName") &&
        message.deviceProfileName !== ""
      )
        writer.uint32(/* id 6, wireType 2 =*/ 50).string(message.deviceProfileName);
      if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName") && message.deviceName !== "")
        writer.uint32(/* id 7, wireType 2 =*/ 58).string(message.deviceName);
      if (message.devEui != null && $Object.hasOwnProperty.call(message, "devEui") && message.devEui !== "")
        writer.uint32(/* id 8, wireType 2 =*/ 66).string(message.devEui);
      if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
        for (let keys = $Object.keys(message.tags), i = 0; i < keys.length; ++i)
          writer
            .uint32(/* id 9, wireType 2 =*/ 74)
            .fork()
            .uint32(/* id 1, wireType 2 =*/ 10)
            .string(keys[i])
            .uint32(/* id 2, wireType 2 =*/ 18)
            .string(message.tags[keys[i]])
            .ldelim();
      if (
        message.deviceClassEnabled != null &&
        $Object.hasOwnProperty.call(message, "deviceClassEnabled") &&
        message.deviceClassEnabled !== 0
      )
        writer.uint32(/* id 10, wireType 0 =*/ 80).int32(message.deviceClassEnabled);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes a DeviceInfo message from the specified reader or buffer.
     * @function decode
     * @memberof integration.DeviceInfo
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {integration.DeviceInfo & integration.DeviceInfo.$Shape} DeviceInfo
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    DeviceInfo.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, key, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.DeviceInfo();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.tenantId = value;
            else delete message.tenantId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.tenantName = value;
            else delete message.tenantName;
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.applicationId = value;
            else delete message.applicationId;
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.applicationName = value;
            else delete message.applicationName;
            continue;
          }
          case 5: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deviceProfileId = value;
            else delete message.deviceProfileId;
            continue;
          }
          case 6: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deviceProfileName = value;
            else delete message.deviceProfileName;
            continue;
          }
          case 7: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deviceName = value;
            else delete message.deviceName;
            continue;
          }
          case 8: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.devEui = value;
            else delete message.devEui;
            continue;
          }
          case 9: {
            if (wireType !== 2) break;
            if (message.tags === $util.emptyObject) message.tags = {};
            let end2 = reader.size() + reader.pos;
            if (end2 > reader.len) throw $RangeError("index out of range");
            reader.len = end2;
            key = "";
            value = "";
            while (reader.pos < end2) {
              let tag2 = reader.tag();
              wireType = tag2 & 7;
              switch ((tag2 >>>= 3)) {
                case 1:
                  if (wireType !== 2) break;
                  key = reader.stringVerify();
                  continue;
                case 2:
                  if (wireType !== 2) break;
                  value = reader.stringVerify();
                  continue;
              }
              reader.skipType(wireType, _depth, tag2);
            }
            if (reader.pos !== end2) throw $RangeError("index out of range");
            reader.len = end;
            if (key === "__proto__") $util.makeProp(message.tags, key);
            message.tags[key] = value;
            continue;
          }
          case 10: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.deviceClassEnabled = value;
            else delete message.deviceClassEnabled;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates a DeviceInfo message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof integration.DeviceInfo
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {integration.DeviceInfo} DeviceInfo
     */
    DeviceInfo.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.DeviceInfo) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.DeviceInfo: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.DeviceInfo();
      if (object.tenantId != null)
        if (typeof object.tenantId !== "string" || object.tenantId.length) message.tenantId = $String(object.tenantId);
      if (object.tenantName != null)
        if (typeof object.tenantName !== "string" || object.tenantName.length)
          message.tenantName = $String(object.tenantName);
      if (object.applicationId != null)
        if (typeof object.applicationId !== "string" || object.applicationId.length)
          message.applicationId = $String(object.applicationId);
      if (object.applicationName != null)
        if (typeof object.applicationName !== "string" || object.applicationName.length)
          message.applicationName = $String(object.applicationName);
      if (object.deviceProfileId != null)
        if (typeof object.deviceProfileId !== "string" || object.deviceProfileId.length)
          message.deviceProfileId = $String(object.deviceProfileId);
      if (object.deviceProfileName != null)
        if (typeof object.deviceProfileName !== "string" || object.deviceProfileName.length)
          message.deviceProfileName = $String(object.deviceProfileName);
      if (object.deviceName != null)
        if (typeof object.deviceName !== "string" || object.deviceName.length)
          message.deviceName = $String(object.deviceName);
      if (object.devEui != null)
        if (typeof object.devEui !== "string" || object.devEui.length) message.devEui = $String(object.devEui);
      if (object.tags) {
        if (!$util.isObject(object.tags)) throw $TypeError(".integration.DeviceInfo.tags: object expected");
        message.tags = {};
        for (let keys = $Object.keys(object.tags), i = 0; i < keys.length; ++i) {
          if (keys[i] === "__proto__") $util.makeProp(message.tags, keys[i]);
          message.tags[keys[i]] = $String(object.tags[keys[i]]);
        }
      }
      if (
        object.deviceClassEnabled !== 0 &&
        (typeof object.deviceClassEnabled !== "string" || $root.common.DeviceClass[object.deviceClassEnabled] !== 0)
      )
        switch (object.deviceClassEnabled) {
          case "CLASS_A":
          case 0:
            message.deviceClassEnabled = 0;
            break;
          case "CLASS_B":
          case 1:
            message.deviceClassEnabled = 1;
            break;
          case "CLASS_C":
          case 2:
            message.deviceClassEnabled = 2;
            break;
          default:
            if (
              typeof object.deviceClassEnabled === "number" &&
              (object.deviceClassEnabled | 0) === object.deviceClassEnabled
            )
              message.deviceClassEnabled = object.deviceClassEnabled;
        }
      return message;
    };

    /**
     * Creates a plain object from a DeviceInfo message. Also converts values to other types if specified.
     * @function toObject
     * @memberof integration.DeviceInfo
     * @static
     * @param {integration.DeviceInfo} message DeviceInfo
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    DeviceInfo.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.objects || options.defaults) object.tags = {};
      if (options.defaults) {
        object.tenantId = "";
        object.tenantName = "";
        object.applicationId = "";
        object.applicationName = "";
        object.deviceProfileId = "";
        object.deviceProfileName = "";
        object.deviceName = "";
        object.devEui = "";
        object.deviceClassEnabled = options.enums === $String ? "CLASS_A" : 0;
      }
      if (message.tenantId != null && $Object.hasOwnProperty.call(message, "tenantId"))
        object.tenantId = message.tenantId;
      if (message.tenantName != null && $Object.hasOwnProperty.call(message, "tenantName"))
        object.tenantName = message.tenantName;
      if (message.applicationId != null && $Object.hasOwnProperty.call(message, "applicationId"))
        object.applicationId = message.applicationId;
      if (message.applicationName != null && $Object.hasOwnProperty.call(message, "applicationName"))
        object.applicationName = message.applicationName;
      if (message.deviceProfileId != null && $Object.hasOwnProperty.call(message, "deviceProfileId"))
        object.deviceProfileId = message.deviceProfileId;
      if (message.deviceProfileName != null && $Object.hasOwnProperty.call(message, "deviceProfileName"))
        object.deviceProfileName = message.deviceProfileName;
      if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName"))
        object.deviceName = message.deviceName;
      if (message.devEui != null && $Object.hasOwnProperty.call(message, "devEui")) object.devEui = message.devEui;
      let keys2;
      if (message.tags && (keys2 = $Object.keys(message.tags)).length) {
        object.tags = {};
        for (let j = 0; j < keys2.length; ++j) {
          if (keys2[j] === "__proto__") $util.makeProp(object.tags, keys2[j]);
          object.tags[keys2[j]] = message.tags[keys2[j]];
        }
      }
      if (message.deviceClassEnabled != null && $Object.hasOwnProperty.call(message, "deviceClassEnabled"))
        object.deviceClassEnabled =
          options.enums === $String
            ? $root.common.DeviceClass[message.deviceClassEnabled] === $undefined
              ? message.deviceClassEnabled
              : $root.common.DeviceClass[message.deviceClassEnabled]
            : message.deviceClassEnabled;
      return object;
    };

    /**
     * Converts this DeviceInfo to JSON.
     * @function toJSON
     * @memberof integration.DeviceInfo
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    DeviceInfo.prototype.toJSON = function () {
      return DeviceInfo.toObject(this, $protobuf.util.toJSONOptions);
    };

    return DeviceInfo;
  })();

  integration.UplinkEvent = (function () {
    /**
     * Properties of an UplinkEvent.
     * @typedef {Object} integration.UplinkEvent.$Properties
     * @property {string|null} [deduplicationId] UplinkEvent deduplicationId
     * @property {google.protobuf.Timestamp.$Properties|null} [time] UplinkEvent time
     * @property {integration.DeviceInfo.$Properties|null} [deviceInfo] UplinkEvent deviceInfo
     * @property {string|null} [devAddr] UplinkEvent devAddr
     * @property {boolean|null} [adr] UplinkEvent adr
     * @property {number|null} [dr] UplinkEvent dr
     * @property {number|null} [fCnt] UplinkEvent fCnt
     * @property {number|null} [fPort] UplinkEvent fPort
     * @property {boolean|null} [confirmed] UplinkEvent confirmed
     * @property {Uint8Array|null} [data] UplinkEvent data
     * @property {google.protobuf.Struct.$Properties|null} [object] UplinkEvent object
     * @property {Array.<gw.UplinkRxInfo.$Properties>|null} [rxInfo] UplinkEvent rxInfo
     * @property {gw.UplinkTxInfo.$Properties|null} [txInfo] UplinkEvent txInfo
     * @property {string|null} [regionConfigId] UplinkEvent regionConfigId
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an UplinkEvent.
     * @memberof integration
     * @interface IUplinkEvent
     * @augments integration.UplinkEvent.$Properties
     * @deprecated Use integration.UplinkEvent.$Properties instead.
     */

    /**
     * Shape of an UplinkEvent.
     * @typedef {{
     *   deduplicationId?: string|null;
     *   time?: google.protobuf.Timestamp.$Shape|null;
     *   deviceInfo?: integration.DeviceInfo.$Shape|null;
     *   devAddr?: string|null;
     *   adr?: boolean|null;
     *   dr?: number|null;
     *   fCnt?: number|null;
     *   fPort?: number|null;
     *   confirmed?: boolean|null;
     *   data?: Uint8Array|null;
     *   object?: google.protobuf.Struct.$Shape|null;
     *   rxInfo?: Array.<gw.UplinkRxInfo.$Shape>|null;
     *   txInfo?: gw.UplinkTxInfo.$Shape|null;
     *   regionConfigId?: string|null;
     *   $unknowns?: Array.<Uint8Array>;
     * }} integration.UplinkEvent.$Shape
     */

    /**
     * Constructs a new UplinkEvent.
     * @memberof integration
     * @classdesc Represents an UplinkEvent.
     * @constructor
     * @param {integration.UplinkEvent.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const UplinkEvent = function (properties) {
      this.rxInfo = [];
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * UplinkEvent deduplicationId.
     * @member {string} deduplicationId
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.deduplicationId = "";

    /**
     * UplinkEvent time.
     * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.time = null;

    /**
     * UplinkEvent deviceInfo.
     * @member {integration.DeviceInfo.$Properties|null|undefined} deviceInfo
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.deviceInfo = null;

    /**
     * UplinkEvent devAddr.
     * @member {string} devAddr
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.devAddr = "";

    /**
     * UplinkEvent adr.
     * @member {boolean} adr
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.adr = false;

    /**
     * UplinkEvent dr.
     * @member {number} dr
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.dr = 0;

    /**
     * UplinkEvent fCnt.
     * @member {number} fCnt
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.fCnt = 0;

    /**
     * UplinkEvent fPort.
     * @member {number} fPort
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.fPort = 0;

    /**
     * UplinkEvent confirmed.
     * @member {boolean} confirmed
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.confirmed = false;

    /**
     * UplinkEvent data.
     * @member {Uint8Array} data
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.data = $util.newBuffer([]);

    /**
     * UplinkEvent object.
     * @member {google.protobuf.Struct.$Properties|null|undefined} object
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.object = null;

    /**
     * UplinkEvent rxInfo.
     * @member {Array.<gw.UplinkRxInfo.$Properties>} rxInfo
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.rxInfo = $util.emptyArray;

    /**
     * UplinkEvent txInfo.
     * @member {gw.UplinkTxInfo.$Properties|null|undefined} txInfo
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.txInfo = null;

    /**
     * UplinkEvent regionConfigId.
     * @member {string} regionConfigId
     * @memberof integration.UplinkEvent
     * @instance
     */
    UplinkEvent.prototype.regionConfigId = "";

    /**
     * Creates a new UplinkEvent instance using the specified properties.
     * @function create
     * @memberof integration.UplinkEvent
     * @static
     * @param {integration.UplinkEvent.$Properties=} [properties] Properties to set
     * @returns {integration.UplinkEvent} UplinkEvent instance
     * @type {{
     *   (properties: integration.UplinkEvent.$Shape): integration.UplinkEvent & integration.UplinkEvent.$Shape;
     *   (properties?: integration.UplinkEvent.$Properties): integration.UplinkEvent;
     * }}
     */
    UplinkEvent.create = function (properties) {
      return new UplinkEvent(properties);
    };

    /**
     * Encodes the specified UplinkEvent message. Does not implicitly {@link integration.UplinkEvent.verify|verify} messages.
     * @function encode
     * @memberof integration.UplinkEvent
     * @static
     * @param {integration.UplinkEvent.$Properties} message UplinkEvent message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    UplinkEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.deduplicationId != null &&
        $Object.hasOwnProperty.call(message, "deduplicationId") &&
        message.deduplicationId !== ""
      )
        writer.uint32(/* id 1, wireType 2 =*/ 10).string(message.deduplicationId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(
          message.time,
          writer.uint32(/* id 2, wireType 2 =*/ 18).fork(),
          _depth + 1,
        ).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(
          message.deviceInfo,
          writer.uint32(/* id 3, wireType 2 =*/ 26).fork(),
          _depth + 1,
        ).ldelim();
      if (message.devAddr != null && $Object.hasOwnProperty.call(message, "devAddr") && message.devAddr !== "")
        writer.uint32(/* id 4, wireType 2 =*/ 34).string(message.devAddr);
      if (message.adr != null && $Object.hasOwnProperty.call(message, "adr") && message.adr !== false)
        writer.uint32(/* id 5, wireType 0 =*/ 40).bool(message.adr);
      if (message.dr != null && $Object.hasOwnProperty.call(message, "dr") && message.dr !== 0)
        writer.uint32(/* id 6, wireType 0 =*/ 48).uint32(message.dr);
      if (message.fCnt != null && $Object.hasOwnProperty.call(message, "fCnt") && message.fCnt !== 0)
        writer.uint32(/* id 7, wireType 0 =*/ 56).uint32(message.fCnt);
      if (message.fPort != null && $Object.hasOwnProperty.call(message, "fPort") && message.fPort !== 0)
        writer.uint32(/* id 8, wireType 0 =*/ 64).uint32(message.fPort);
      if (message.confirmed != null && $Object.hasOwnProperty.call(message, "confirmed") && message.confirmed !== false)
        writer.uint32(/* id 9, wireType 0 =*/ 72).bool(message.confirmed);
      if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
        writer.uint32(/* id 10, wireType 2 =*/ 82).bytes(message.data);
      if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
        $root.google.protobuf.Struct.encode(
          message.object,
          writer.uint32(/* id 11, wireType 2 =*/ 90).fork(),
          _depth + 1,
        ).ldelim();
      if (message.rxInfo != null && message.rxInfo.length)
        for (let i = 0; i < message.rxInfo.length; ++i)
          $root.gw.UplinkRxInfo.encode(
            message.rxInfo[i],
            writer.uint32(/* id 12, wireType 2 =*/ 98).fork(),
            _depth + 1,
          ).ldelim();
      if (message.txInfo != null && $Object.hasOwnProperty.call(message, "txInfo"))
        $root.gw.UplinkTxInfo.encode(
          message.txInfo,
          writer.uint32(/* id 13, wireType 2 =*/ 106).fork(),
          _depth + 1,
        ).ldelim();
      if (
        message.regionConfigId != null &&
        $Object.hasOwnProperty.call(message, "regionConfigId") &&
        message.regionConfigId !== ""
      )
        writer.uint32(/* id 16, wireType 2 =*/ 130).string(message.regionConfigId);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes an UplinkEvent message from the specified reader or buffer.
     * @function decode
     * @memberof integration.UplinkEvent
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {integration.UplinkEvent & integration.UplinkEvent.$Shape} UplinkEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    UplinkEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.UplinkEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deduplicationId = value;
            else delete message.deduplicationId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.devAddr = value;
            else delete message.devAddr;
            continue;
          }
          case 5: {
            if (wireType !== 0) break;
            if ((value = reader.bool())) message.adr = value;
            else delete message.adr;
            continue;
          }
          case 6: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.dr = value;
            else delete message.dr;
            continue;
          }
          case 7: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.fCnt = value;
            else delete message.fCnt;
            continue;
          }
          case 8: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.fPort = value;
            else delete message.fPort;
            continue;
          }
          case 9: {
            if (wireType !== 0) break;
            if ((value = reader.bool())) message.confirmed = value;
            else delete message.confirmed;
            continue;
          }
          case 10: {
            if (wireType !== 2) break;
            if ((value = reader.bytes()).length) message.data = value;
            else delete message.data;
            continue;
          }
          case 11: {
            if (wireType !== 2) break;
            message.object = $root.google.protobuf.Struct.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.object,
            );
            continue;
          }
          case 12: {
            if (wireType !== 2) break;
            if (!(message.rxInfo && message.rxInfo.length)) message.rxInfo = [];
            message.rxInfo.push($root.gw.UplinkRxInfo.decode(reader, reader.size(), $undefined, _depth + 1));
            continue;
          }
          case 13: {
            if (wireType !== 2) break;
            message.txInfo = $root.gw.UplinkTxInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.txInfo,
            );
            continue;
          }
          case 16: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.regionConfigId = value;
            else delete message.regionConfigId;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates an UplinkEvent message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof integration.UplinkEvent
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {integration.UplinkEvent} UplinkEvent
     */
    UplinkEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.UplinkEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.UplinkEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.UplinkEvent();
      if (object.deduplicationId != null)
        if (typeof object.deduplicationId !== "string" || object.deduplicationId.length)
          message.deduplicationId = $String(object.deduplicationId);
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.UplinkEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo))
          throw $TypeError(".integration.UplinkEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.devAddr != null)
        if (typeof object.devAddr !== "string" || object.devAddr.length) message.devAddr = $String(object.devAddr);
      if (object.adr != null) if (object.adr) message.adr = $Boolean(object.adr);
      if (object.dr != null) if ($Number(object.dr) !== 0) message.dr = object.dr >>> 0;
      if (object.fCnt != null) if ($Number(object.fCnt) !== 0) message.fCnt = object.fCnt >>> 0;
      if (object.fPort != null) if ($Number(object.fPort) !== 0) message.fPort = object.fPort >>> 0;
      if (object.confirmed != null) if (object.confirmed) message.confirmed = $Boolean(object.confirmed);
      if (object.data != null)
        if (object.data.length)
          if (typeof object.data === "string")
            $util.base64.decode(object.data, (message.data = $util.newBuffer($util.base64.length(object.data))), 0);
          else if (object.data.length >= 0) message.data = object.data;
      if (object.object != null) {
        if (!$util.isObject(object.object)) throw $TypeError(".integration.UplinkEvent.object: object expected");
        message.object = $root.google.protobuf.Struct.fromObject(object.object, _depth + 1);
      }
      if (object.rxInfo) {
        if (!$Array.isArray(object.rxInfo)) throw $TypeError(".integration.UplinkEvent.rxInfo: array expected");
        message.rxInfo = $Array(object.rxInfo.length);
        for (let i = 0; i < object.rxInfo.length; ++i) {
          if (!$util.isObject(object.rxInfo[i])) throw $TypeError(".integration.UplinkEvent.rxInfo: object expected");
          message.rxInfo[i] = $root.gw.UplinkRxInfo.fromObject(object.rxInfo[i], _depth + 1);
        }
      }
      if (object.txInfo != null) {
        if (!$util.isObject(object.txInfo)) throw $TypeError(".integration.UplinkEvent.txInfo: object expected");
        message.txInfo = $root.gw.UplinkTxInfo.fromObject(object.txInfo, _depth + 1);
      }
      if (object.regionConfigId != null)
        if (typeof object.regionConfigId !== "string" || object.regionConfigId.length)
          message.regionConfigId = $String(object.regionConfigId);
      return message;
    };

    /**
     * Creates a plain object from an UplinkEvent message. Also converts values to other types if specified.
     * @function toObject
     * @memberof integration.UplinkEvent
     * @static
     * @param {integration.UplinkEvent} message UplinkEvent
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    UplinkEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.arrays || options.defaults) object.rxInfo = [];
      if (options.defaults) {
        object.deduplicationId = "";
        object.time = null;
        object.deviceInfo = null;
        object.devAddr = "";
        object.adr = false;
        object.dr = 0;
        object.fCnt = 0;
        object.fPort = 0;
        object.confirmed = false;
        if (options.bytes === $String) object.data = "";
        else {
          object.data = [];
          if (options.bytes !== $Array) object.data = $util.newBuffer(object.data);
        }
        object.object = null;
        object.txInfo = null;
        object.regionConfigId = "";
      }
      if (message.deduplicationId != null && $Object.hasOwnProperty.call(message, "deduplicationId"))
        object.deduplicationId = message.deduplicationId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.devAddr != null && $Object.hasOwnProperty.call(message, "devAddr")) object.devAddr = message.devAddr;
      if (message.adr != null && $Object.hasOwnProperty.call(message, "adr")) object.adr = message.adr;
      if (message.dr != null && $Object.hasOwnProperty.call(message, "dr")) object.dr = message.dr;
      if (message.fCnt != null && $Object.hasOwnProperty.call(message, "fCnt")) object.fCnt = message.fCnt;
      if (message.fPort != null && $Object.hasOwnProperty.call(message, "fPort")) object.fPort = message.fPort;
      if (message.confirmed != null && $Object.hasOwnProperty.call(message, "confirmed"))
        object.confirmed = message.confirmed;
      if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
        object.data =
          options.bytes === $String
            ? $util.base64.encode(message.data, 0, message.data.length)
            : options.bytes === $Array
              ? $Array.prototype.slice.call(message.data)
              : message.data;
      if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
        object.object = $root.google.protobuf.Struct.toObject(message.object, options, _depth + 1);
      if (message.rxInfo && message.rxInfo.length) {
        object.rxInfo = $Array(message.rxInfo.length);
        for (let j = 0; j < message.rxInfo.length; ++j)
          object.rxInfo[j] = $root.gw.UplinkRxInfo.toObject(message.rxInfo[j], options, _depth + 1);
      }
      if (message.txInfo != null && $Object.hasOwnProperty.call(message, "txInfo"))
        object.txInfo = $root.gw.UplinkTxInfo.toObject(message.txInfo, options, _depth + 1);
      if (message.regionConfigId != null && $Object.hasOwnProperty.call(message, "regionConfigId"))
        object.regionConfigId = message.regionConfigId;
      return object;
    };

    /**
     * Converts this UplinkEvent to JSON.
     * @function toJSON
     * @memberof integration.UplinkEvent
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    UplinkEvent.prototype.toJSON = function () {
      return UplinkEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return UplinkEvent;
  })();

  integration.JoinEvent = (function () {
    /**
     * Properties of a JoinEvent.
     * @typedef {Object} integration.JoinEvent.$Properties
     * @property {string|null} [deduplicationId] JoinEvent deduplicationId
     * @property {google.protobuf.Timestamp.$Properties|null} [time] JoinEvent time
     * @property {integration.DeviceInfo.$Properties|null} [deviceInfo] JoinEvent deviceInfo
     * @property {string|null} [devAddr] JoinEvent devAddr
     * @property {string|null} [regionConfigId] JoinEvent regionConfigId
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a JoinEvent.
     * @memberof integration
     * @interface IJoinEvent
     * @augments integration.JoinEvent.$Properties
     * @deprecated Use integration.JoinEvent.$Properties instead.
     */

    /**
     * Shape of a JoinEvent.
     * @typedef {integration.JoinEvent.$Properties} integration.JoinEvent.$Shape
     */

    /**
     * Constructs a new JoinEvent.
     * @memberof integration
     * @classdesc Represents a JoinEvent.
     * @constructor
     * @param {integration.JoinEvent.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const JoinEvent = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * JoinEvent deduplicationId.
     * @member {string} deduplicationId
     * @memberof integration.JoinEvent
     * @instance
     */
    JoinEvent.prototype.deduplicationId = "";

    /**
     * JoinEvent time.
     * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
     * @memberof integration.JoinEvent
     * @instance
     */
    JoinEvent.prototype.time = null;

    /**
     * JoinEvent deviceInfo.
     * @member {integration.DeviceInfo.$Properties|null|undefined} deviceInfo
     * @memberof integration.JoinEvent
     * @instance
     */
    JoinEvent.prototype.deviceInfo = null;

    /**
     * JoinEvent devAddr.
     * @member {string} devAddr
     * @memberof integration.JoinEvent
     * @instance
     */
    JoinEvent.prototype.devAddr = "";

    /**
     * JoinEvent regionConfigId.
     * @member {string} regionConfigId
     * @memberof integration.JoinEvent
     * @instance
     */
    JoinEvent.prototype.regionConfigId = "";

    /**
     * Creates a new JoinEvent instance using the specified properties.
     * @function create
     * @memberof integration.JoinEvent
     * @static
     * @param {integration.JoinEvent.$Properties=} [properties] Properties to set
     * @returns {integration.JoinEvent} JoinEvent instance
     * @type {{
     *   (properties: integration.JoinEvent.$Shape): integration.JoinEvent & integration.JoinEvent.$Shape;
     *   (properties?: integration.JoinEvent.$Properties): integration.JoinEvent;
     * }}
     */
    JoinEvent.create = function (properties) {
      return new JoinEvent(properties);
    };

    /**
     * Encodes the specified JoinEvent message. Does not implicitly {@link integration.JoinEvent.verify|verify} messages.
     * @function encode
     * @memberof integration.JoinEvent
     * @static
     * @param {integration.JoinEvent.$Properties} message JoinEvent message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    JoinEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.deduplicationId != null &&
        $Object.hasOwnProperty.call(message, "deduplicationId") &&
        message.deduplicationId !== ""
      )
        writer.uint32(/* id 1, wireType 2 =*/ 10).string(message.deduplicationId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(
          message.time,
          writer.uint32(/* id 2, wireType 2 =*/ 18).fork(),
          _depth + 1,
        ).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(
          message.deviceInfo,
          writer.uint32(/* id 3, wireType 2 =*/ 26).fork(),
          _depth + 1,
        ).ldelim();
      if (message.devAddr != null && $Object.hasOwnProperty.call(message, "devAddr") && message.devAddr !== "")
        writer.uint32(/* id 4, wireType 2 =*/ 34).string(message.devAddr);
      if (
        message.regionConfigId != null &&
        $Object.hasOwnProperty.call(message, "regionConfigId") &&
        message.regionConfigId !== ""
      )
        writer.uint32(/* id 7, wireType 2 =*/ 58).string(message.regionConfigId);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes a JoinEvent message from the specified reader or buffer.
     * @function decode
     * @memberof integration.JoinEvent
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {integration.JoinEvent & integration.JoinEvent.$Shape} JoinEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    JoinEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.JoinEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deduplicationId = value;
            else delete message.deduplicationId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.devAddr = value;
            else delete message.devAddr;
            continue;
          }
          case 7: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.regionConfigId = value;
            else delete message.regionConfigId;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates a JoinEvent message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof integration.JoinEvent
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {integration.JoinEvent} JoinEvent
     */
    JoinEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.JoinEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.JoinEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.JoinEvent();
      if (object.deduplicationId != null)
        if (typeof object.deduplicationId !== "string" || object.deduplicationId.length)
          message.deduplicationId = $String(object.deduplicationId);
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.JoinEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo)) throw $TypeError(".integration.JoinEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.devAddr != null)
        if (typeof object.devAddr !== "string" || object.devAddr.length) message.devAddr = $String(object.devAddr);
      if (object.regionConfigId != null)
        if (typeof object.regionConfigId !== "string" || object.regionConfigId.length)
          message.regionConfigId = $String(object.regionConfigId);
      return message;
    };

    /**
     * Creates a plain object from a JoinEvent message. Also converts values to other types if specified.
     * @function toObject
     * @memberof integration.JoinEvent
     * @static
     * @param {integration.JoinEvent} message JoinEvent
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    JoinEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.deduplicationId = "";
        object.time = null;
        object.deviceInfo = null;
        object.devAddr = "";
        object.regionConfigId = "";
      }
      if (message.deduplicationId != null && $Object.hasOwnProperty.call(message, "deduplicationId"))
        object.deduplicationId = message.deduplicationId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.devAddr != null && $Object.hasOwnProperty.call(message, "devAddr")) object.devAddr = message.devAddr;
      if (message.regionConfigId != null && $Object.hasOwnProperty.call(message, "regionConfigId"))
        object.regionConfigId = message.regionConfigId;
      return object;
    };

    /**
     * Converts this JoinEvent to JSON.
     * @function toJSON
     * @memberof integration.JoinEvent
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    JoinEvent.prototype.toJSON = function () {
      return JoinEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return JoinEvent;
  })();

  integration.AckEvent = (function () {
    /**
     * Properties of an AckEvent.
     * @typedef {Object} integration.AckEvent.$Properties
     * @property {string|null} [deduplicationId] AckEvent deduplicationId
     * @property {google.protobuf.Timestamp.$Properties|null} [time] AckEvent time
     * @property {integration.DeviceInfo.$Properties|null} [deviceInfo] AckEvent deviceInfo
     * @property {string|null} [queueItemId] AckEvent queueItemId
     * @property {boolean|null} [acknowledged] AckEvent acknowledged
     * @property {number|null} [fCntDown] AckEvent fCntDown
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an AckEvent.
     * @memberof integration
     * @interface IAckEvent
     * @augments integration.AckEvent.$Properties
     * @deprecated Use integration.AckEvent.$Properties instead.
     */

    /**
     * Shape of an AckEvent.
     * @typedef {integration.AckEvent.$Properties} integration.AckEvent.$Shape
     */

    /**
     * Constructs a new AckEvent.
     * @memberof integration
     * @classdesc Represents an AckEvent.
     * @constructor
     * @param {integration.AckEvent.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const AckEvent = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * AckEvent deduplicationId.
     * @member {string} deduplicationId
     * @memberof integration.AckEvent
     * @instance
     */
    AckEvent.prototype.deduplicationId = "";

    /**
     * AckEvent time.
     * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
     * @memberof integration.AckEvent
     * @instance
     */
    AckEvent.prototype.time = null;

    /**
     * AckEvent deviceInfo.
     * @member {integration.DeviceInfo.$Properties|null|undefined} deviceInfo
     * @memberof integration.AckEvent
     * @instance
     */
    AckEvent.prototype.deviceInfo = null;

    /**
     * AckEvent queueItemId.
     * @member {string} queueItemId
     * @memberof integration.AckEvent
     * @instance
     */
    AckEvent.prototype.queueItemId = "";

    /**
     * AckEvent acknowledged.
     * @member {boolean} acknowledged
     * @memberof integration.AckEvent
     * @instance
     */
    AckEvent.prototype.acknowledged = false;

    /**
     * AckEvent fCntDown.
     * @member {number} fCntDown
     * @memberof integration.AckEvent
     * @instance
     */
    AckEvent.prototype.fCntDown = 0;

    /**
     * Creates a new AckEvent instance using the specified properties.
     * @function create
     * @memberof integration.AckEvent
     * @static
     * @param {integration.AckEvent.$Properties=} [properties] Properties to set
     * @returns {integration.AckEvent} AckEvent instance
     * @type {{
     *   (properties: integration.AckEvent.$Shape): integration.AckEvent & integration.AckEvent.$Shape;
     *   (properties?: integration.AckEvent.$Properties): integration.AckEvent;
     * }}
     */
    AckEvent.create = function (properties) {
      return new AckEvent(properties);
    };

    /**
     * Encodes the specified AckEvent message. Does not implicitly {@link integration.AckEvent.verify|verify} messages.
     * @function encode
     * @memberof integration.AckEvent
     * @static
     * @param {integration.AckEvent.$Properties} message AckEvent message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    AckEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.deduplicationId != null &&
        $Object.hasOwnProperty.call(message, "deduplicationId") &&
        message.deduplicationId !== ""
      )
        writer.uint32(/* id 1, wireType 2 =*/ 10).string(message.deduplicationId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(
          message.time,
          writer.uint32(/* id 2, wireType 2 =*/ 18).fork(),
          _depth + 1,
        ).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(
          message.deviceInfo,
          writer.uint32(/* id 3, wireType 2 =*/ 26).fork(),
          _depth + 1,
        ).ldelim();
      if (
        message.queueItemId != null &&
        $Object.hasOwnProperty.call(message, "queueItemId") &&
        message.queueItemId !== ""
      )
        writer.uint32(/* id 4, wireType 2 =*/ 34).string(message.queueItemId);
      if (
        message.acknowledged != null &&
        $Object.hasOwnProperty.call(message, "acknowledged") &&
        message.acknowledged !== false
      )
        writer.uint32(/* id 5, wireType 0 =*/ 40).bool(message.acknowledged);
      if (message.fCntDown != null && $Object.hasOwnProperty.call(message, "fCntDown") && message.fCntDown !== 0)
        writer.uint32(/* id 6, wireType 0 =*/ 48).uint32(message.fCntDown);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes an AckEvent message from the specified reader or buffer.
     * @function decode
     * @memberof integration.AckEvent
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {integration.AckEvent & integration.AckEvent.$Shape} AckEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    AckEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.AckEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deduplicationId = value;
            else delete message.deduplicationId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.queueItemId = value;
            else delete message.queueItemId;
            continue;
          }
          case 5: {
            if (wireType !== 0) break;
            if ((value = reader.bool())) message.acknowledged = value;
            else delete message.acknowledged;
            continue;
          }
          case 6: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.fCntDown = value;
            else delete message.fCntDown;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates an AckEvent message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof integration.AckEvent
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {integration.AckEvent} AckEvent
     */
    AckEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.AckEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.AckEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.AckEvent();
      if (object.deduplicationId != null)
        if (typeof object.deduplicationId !== "string" || object.deduplicationId.length)
          message.deduplicationId = $String(object.deduplicationId);
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.AckEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo)) throw $TypeError(".integration.AckEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.queueItemId != null)
        if (typeof object.queueItemId !== "string" || object.queueItemId.length)
          message.queueItemId = $String(object.queueItemId);
      if (object.acknowledged != null) if (object.acknowledged) message.acknowledged = $Boolean(object.acknowledged);
      if (object.fCntDown != null) if ($Number(object.fCntDown) !== 0) message.fCntDown = object.fCntDown >>> 0;
      return message;
    };

    /**
     * Creates a plain object from an AckEvent message. Also converts values to other types if specified.
     * @function toObject
     * @memberof integration.AckEvent
     * @static
     * @param {integration.AckEvent} message AckEvent
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    AckEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.deduplicationId = "";
        object.time = null;
        object.deviceInfo = null;
        object.queueItemId = "";
        object.acknowledged = false;
        object.fCntDown = 0;
      }
      if (message.deduplicationId != null && $Object.hasOwnProperty.call(message, "deduplicationId"))
        object.deduplicationId = message.deduplicationId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.queueItemId != null && $Object.hasOwnProperty.call(message, "queueItemId"))
        object.queueItemId = message.queueItemId;
      if (message.acknowledged != null && $Object.hasOwnProperty.call(message, "acknowledged"))
        object.acknowledged = message.acknowledged;
      if (message.fCntDown != null && $Object.hasOwnProperty.call(message, "fCntDown"))
        object.fCntDown = message.fCntDown;
      return object;
    };

    /**
     * Converts this AckEvent to JSON.
     * @function toJSON
     * @memberof integration.AckEvent
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    AckEvent.prototype.toJSON = function () {
      return AckEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return AckEvent;
  })();

  integration.TxAckEvent = (function () {
    /**
     * Properties of a TxAckEvent.
     * @typedef {Object} integration.TxAckEvent.$Properties
     * @property {number|null} [downlinkId] TxAckEvent downlinkId
     * @property {google.protobuf.Timestamp.$Properties|null} [time] TxAckEvent time
     * @property {integration.DeviceInfo.$Properties|null} [deviceInfo] TxAckEvent deviceInfo
     * @property {string|null} [queueItemId] TxAckEvent queueItemId
     * @property {number|null} [fCntDown] TxAckEvent fCntDown
     * @property {string|null} [gatewayId] TxAckEvent gatewayId
     * @property {gw.DownlinkTxInfo.$Properties|null} [txInfo] TxAckEvent txInfo
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a TxAckEvent.
     * @memberof integration
     * @interface ITxAckEvent
     * @augments integration.TxAckEvent.$Properties
     * @deprecated Use integration.TxAckEvent.$Properties instead.
     */

    /**
     * Shape of a TxAckEvent.
     * @typedef {{
     *   downlinkId?: number|null;
     *   time?: google.protobuf.Timestamp.$Shape|null;
     *   deviceInfo?: integration.DeviceInfo.$Shape|null;
     *   queueItemId?: string|null;
     *   fCntDown?: number|null;
     *   gatewayId?: string|null;
     *   txInfo?: gw.DownlinkTxInfo.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * }} integration.TxAckEvent.$Shape
     */

    /**
     * Constructs a new TxAckEvent.
     * @memberof integration
     * @classdesc Represents a TxAckEvent.
     * @constructor
     * @param {integration.TxAckEvent.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const TxAckEvent = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * TxAckEvent downlinkId.
     * @member {number} downlinkId
     * @memberof integration.TxAckEvent
     * @instance
     */
    TxAckEvent.prototype.downlinkId = 0;

    /**
     * TxAckEvent time.
     * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
     * @memberof integration.TxAckEvent
     * @instance
     */
    TxAckEvent.prototype.time = null;

    /**
     * TxAckEvent deviceInfo.
     * @member {integration.DeviceInfo.$Properties|null|undefined} deviceInfo
     * @memberof integration.TxAckEvent
     * @instance
     */
    TxAckEvent.prototype.deviceInfo = null;

    /**
     * TxAckEvent queueItemId.
     * @member {string} queueItemId
     * @memberof integration.TxAckEvent
     * @instance
     */
    TxAckEvent.prototype.queueItemId = "";

    /**
     * TxAckEvent fCntDown.
     * @member {number} fCntDown
     * @memberof integration.TxAckEvent
     * @instance
     */
    TxAckEvent.prototype.fCntDown = 0;

    /**
     * TxAckEvent gatewayId.
     * @member {string} gatewayId
     * @memberof integration.TxAckEvent
     * @instance
     */
    TxAckEvent.prototype.gatewayId = "";

    /**
     * TxAckEvent txInfo.
     * @member {gw.DownlinkTxInfo.$Properties|null|undefined} txInfo
     * @memberof integration.TxAckEvent
     * @instance
     */
    TxAckEvent.prototype.txInfo = null;

    /**
     * Creates a new TxAckEvent instance using the specified properties.
     * @function create
     * @memberof integration.TxAckEvent
     * @static
     * @param {integration.TxAckEvent.$Properties=} [properties] Properties to set
     * @returns {integration.TxAckEvent} TxAckEvent instance
     * @type {{
     *   (properties: integration.TxAckEvent.$Shape): integration.TxAckEvent & integration.TxAckEvent.$Shape;
     *   (properties?: integration.TxAckEvent.$Properties): integration.TxAckEvent;
     * }}
     */
    TxAckEvent.create = function (properties) {
      return new TxAckEvent(properties);
    };

    /**
     * Encodes the specified TxAckEvent message. Does not implicitly {@link integration.TxAckEvent.verify|verify} messages.
     * @function encode
     * @memberof integration.TxAckEvent
     * @static
     * @param {integration.TxAckEvent.$Properties} message TxAckEvent message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    TxAckEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.downlinkId != null && $Object.hasOwnProperty.call(message, "downlinkId") && message.downlinkId !== 0)
        writer.uint32(/* id 1, wireType 0 =*/ 8).uint32(message.downlinkId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(
          message.time,
          writer.uint32(/* id 2, wireType 2 =*/ 18).fork(),
          _depth + 1,
        ).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(
          message.deviceInfo,
          writer.uint32(/* id 3, wireType 2 =*/ 26).fork(),
          _depth + 1,
        ).ldelim();
      if (
        message.queueItemId != null &&
        $Object.hasOwnProperty.call(message, "queueItemId") &&
        message.queueItemId !== ""
      )
        writer.uint32(/* id 4, wireType 2 =*/ 34).string(message.queueItemId);
      if (message.fCntDown != null && $Object.hasOwnProperty.call(message, "fCntDown") && message.fCntDown !== 0)
        writer.uint32(/* id 5, wireType 0 =*/ 40).uint32(message.fCntDown);
      if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId") && message.gatewayId !== "")
        writer.uint32(/* id 6, wireType 2 =*/ 50).string(message.gatewayId);
      if (message.txInfo != null && $Object.hasOwnProperty.call(message, "txInfo"))
        $root.gw.DownlinkTxInfo.encode(
          message.txInfo,
          writer.uint32(/* id 7, wireType 2 =*/ 58).fork(),
          _depth + 1,
        ).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes a TxAckEvent message from the specified reader or buffer.
     * @function decode
     * @memberof integration.TxAckEvent
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {integration.TxAckEvent & integration.TxAckEvent.$Shape} TxAckEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    TxAckEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.TxAckEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.downlinkId = value;
            else delete message.downlinkId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.queueItemId = value;
            else delete message.queueItemId;
            continue;
          }
          case 5: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.fCntDown = value;
            else delete message.fCntDown;
            continue;
          }
          case 6: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.gatewayId = value;
            else delete message.gatewayId;
            continue;
          }
          case 7: {
            if (wireType !== 2) break;
            message.txInfo = $root.gw.DownlinkTxInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.txInfo,
            );
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates a TxAckEvent message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof integration.TxAckEvent
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {integration.TxAckEvent} TxAckEvent
     */
    TxAckEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.TxAckEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.TxAckEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.TxAckEvent();
      if (object.downlinkId != null) if ($Number(object.downlinkId) !== 0) message.downlinkId = object.downlinkId >>> 0;
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.TxAckEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo)) throw $TypeError(".integration.TxAckEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.queueItemId != null)
        if (typeof object.queueItemId !== "string" || object.queueItemId.length)
          message.queueItemId = $String(object.queueItemId);
      if (object.fCntDown != null) if ($Number(object.fCntDown) !== 0) message.fCntDown = object.fCntDown >>> 0;
      if (object.gatewayId != null)
        if (typeof object.gatewayId !== "string" || object.gatewayId.length)
          message.gatewayId = $String(object.gatewayId);
      if (object.txInfo != null) {
        if (!$util.isObject(object.txInfo)) throw $TypeError(".integration.TxAckEvent.txInfo: object expected");
        message.txInfo = $root.gw.DownlinkTxInfo.fromObject(object.txInfo, _depth + 1);
      }
      return message;
    };

    /**
     * Creates a plain object from a TxAckEvent message. Also converts values to other types if specified.
     * @function toObject
     * @memberof integration.TxAckEvent
     * @static
     * @param {integration.TxAckEvent} message TxAckEvent
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    TxAckEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.downlinkId = 0;
        object.time = null;
        object.deviceInfo = null;
        object.queueItemId = "";
        object.fCntDown = 0;
        object.gatewayId = "";
        object.txInfo = null;
      }
      if (message.downlinkId != null && $Object.hasOwnProperty.call(message, "downlinkId"))
        object.downlinkId = message.downlinkId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.queueItemId != null && $Object.hasOwnProperty.call(message, "queueItemId"))
        object.queueItemId = message.queueItemId;
      if (message.fCntDown != null && $Object.hasOwnProperty.call(message, "fCntDown"))
        object.fCntDown = message.fCntDown;
      if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId"))
        object.gatewayId = message.gatewayId;
      if (message.txInfo != null && $Object.hasOwnProperty.call(message, "txInfo"))
        object.txInfo = $root.gw.DownlinkTxInfo.toObject(message.txInfo, options, _depth + 1);
      return object;
    };

    /**
     * Converts this TxAckEvent to JSON.
     * @function toJSON
     * @memberof integration.TxAckEvent
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    TxAckEvent.prototype.toJSON = function () {
      return TxAckEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return TxAckEvent;
  })();

  integration.LogEvent = (function () {
    /**
     * Properties of a LogEvent.
     * @typedef {Object} integration.LogEvent.$Properties
     * @property {google.protobuf.Timestamp.$Properties|null} [time] LogEvent time
     * @property {integration.DeviceInfo.$Properties|null} [deviceInfo] LogEvent deviceInfo
     * @property {integration.LogLevel|null} [level] LogEvent level
     * @property {integration.LogCode|null} [code] LogEvent code
     * @property {string|null} [description] LogEvent description
     * @property {Object.<string,string>|null} [context] LogEvent context
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a LogEvent.
     * @memberof integration
     * @interface ILogEvent
     * @augments integration.LogEvent.$Properties
     * @deprecated Use integration.LogEvent.$Properties instead.
     */

    /**
     * Shape of a LogEvent.
     * @typedef {integration.LogEvent.$Properties} integration.LogEvent.$Shape
     */

    /**
     * Constructs a new LogEvent.
     * @memberof integration
     * @classdesc Represents a LogEvent.
     * @constructor
     * @param {integration.LogEvent.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const LogEvent = function (properties) {
      this.context = {};
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * LogEvent time.
     * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
     * @memberof integration.LogEvent
     * @instance
     */
    LogEvent.prototype.time = null;

    /**
     * LogEvent deviceInfo.
     * @member {integration.DeviceInfo.$Properties|null|undefined} deviceInfo
     * @memberof integration.LogEvent
     * @instance
     */
    LogEvent.prototype.deviceInfo = null;

    /**
     * LogEvent level.
     * @member {integration.LogLevel} level
     * @memberof integration.LogEvent
     * @instance
     */
    LogEvent.prototype.level = 0;

    /**
     * LogEvent code.
     * @member {integration.LogCode} code
     * @memberof integration.LogEvent
     * @instance
     */
    LogEvent.prototype.code = 0;

    /**
     * LogEvent description.
     * @member {string} description
     * @memberof integration.LogEvent
     * @instance
     */
    LogEvent.prototype.description = "";

    /**
     * LogEvent context.
     * @member {Object.<string,string>} context
     * @memberof integration.LogEvent
     * @instance
     */
    LogEvent.prototype.context = $util.emptyObject;

    /**
     * Creates a new LogEvent instance using the specified properties.
     * @function create
     * @memberof integration.LogEvent
     * @static
     * @param {integration.LogEvent.$Properties=} [properties] Properties to set
     * @returns {integration.LogEvent} LogEvent instance
     * @type {{
     *   (properties: integration.LogEvent.$Shape): integration.LogEvent & integration.LogEvent.$Shape;
     *   (properties?: integration.LogEvent.$Properties): integration.LogEvent;
     * }}
     */
    LogEvent.create = function (properties) {
      return new LogEvent(properties);
    };

    /**
     * Encodes the specified LogEvent message. Does not implicitly {@link integration.LogEvent.verify|verify} messages.
     * @function encode
     * @memberof integration.LogEvent
     * @static
     * @param {integration.LogEvent.$Properties} message LogEvent message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    LogEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(
          message.time,
          writer.uint32(/* id 1, wireType 2 =*/ 10).fork(),
          _depth + 1,
        ).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(
          message.deviceInfo,
          writer.uint32(/* id 2, wireType 2 =*/ 18).fork(),
          _depth + 1,
        ).ldelim();
      if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
        writer.uint32(/* id 3, wireType 0 =*/ 24).int32(message.level);
      if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
        writer.uint32(/* id 4, wireType 0 =*/ 32).int32(message.code);
      if (
        message.description != null &&
        $Object.hasOwnProperty.call(message, "description") &&
        message.description !== ""
      )
        writer.uint32(/* id 5, wireType 2 =*/ 42).string(message.description);
      if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
        for (let keys = $Object.keys(message.context), i = 0; i < keys.length; ++i)
          writer
            .uint32(/* id 6, wireType 2 =*/ 50)
            .fork()
            .uint32(/* id 1, wireType 2 =*/ 10)
            .string(keys[i])
            .uint32(/* id 2, wireType 2 =*/ 18)
            .string(message.context[keys[i]])
            .ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes a LogEvent message from the specified reader or buffer.
     * @function decode
     * @memberof integration.LogEvent
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {integration.LogEvent & integration.LogEvent.$Shape} LogEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    LogEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, key, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.LogEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 3: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.level = value;
            else delete message.level;
            continue;
          }
          case 4: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.code = value;
            else delete message.code;
            continue;
          }
          case 5: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.description = value;
            else delete message.description;
            continue;
          }
          case 6: {
            if (wireType !== 2) break;
            if (message.context === $util.emptyObject) message.context = {};
            let end2 = reader.size() + reader.pos;
            if (end2 > reader.len) throw $RangeError("index out of range");
            reader.len = end2;
            key = "";
            value = "";
            while (reader.pos < end2) {
              let tag2 = reader.tag();
              wireType = tag2 & 7;
              switch ((tag2 >>>= 3)) {
                case 1:
                  if (wireType !== 2) break;
                  key = reader.stringVerify();
                  continue;
                case 2:
                  if (wireType !== 2) break;
                  value = reader.stringVerify();
                  continue;
              }
              reader.skipType(wireType, _depth, tag2);
            }
            if (reader.pos !== end2) throw $RangeError("index out of range");
            reader.len = end;
            if (key === "__proto__") $util.makeProp(message.context, key);
            message.context[key] = value;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates a LogEvent message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof integration.LogEvent
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {integration.LogEvent} LogEvent
     */
    LogEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.LogEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.LogEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.LogEvent();
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.LogEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo)) throw $TypeError(".integration.LogEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.level !== 0 && (typeof object.level !== "string" || $root.integration.LogLevel[object.level] !== 0))
        switch (object.level) {
          case "INFO":
          case 0:
            message.level = 0;
            break;
          case "WARNING":
          case 1:
            message.level = 1;
            break;
          case "ERROR":
          case 2:
            message.level = 2;
            break;
          default:
            if (typeof object.level === "number" && (object.level | 0) === object.level) message.level = object.level;
        }
      if (object.code !== 0 && (typeof object.code !== "string" || $root.integration.LogCode[object.code] !== 0))
        switch (object.code) {
          case "UNKNOWN":
          case 0:
            message.code = 0;
            break;
          case "DOWNLINK_PAYLOAD_SIZE":
          case 1:
            message.code = 1;
            break;
          case "UPLINK_CODEC":
          case 2:
            message.code = 2;
            break;
          case "DOWNLINK_CODEC":
          case 3:
            message.code = 3;
            break;
          case "OTAA":
          case 4:
            message.code = 4;
            break;
          case "UPLINK_F_CNT_RESET":
          case 5:
            message.code = 5;
            break;
          case "UPLINK_MIC":
          case 6:
            message.code = 6;
            break;
          case "UPLINK_F_CNT_RETRANSMISSION":
          case 7:
            message.code = 7;
            break;
          case "DOWNLINK_GATEWAY":
          case 8:
            message.code = 8;
            break;
          case "RELAY_NEW_END_DEVICE":
          case 9:
            message.code = 9;
            break;
          case "F_CNT_DOWN":
          case 10:
            message.code = 10;
            break;
          case "EXPIRED":
          case 11:
            message.code = 11;
            break;
          default:
            if (typeof object.code === "number" && (object.code | 0) === object.code) message.code = object.code;
        }
      if (object.description != null)
        if (typeof object.description !== "string" || object.description.length)
          message.description = $String(object.description);
      if (object.context) {
        if (!$util.isObject(object.context)) throw $TypeError(".integration.LogEvent.context: object expected");
        message.context = {};
        for (let keys = $Object.keys(object.context), i = 0; i < keys.length; ++i) {
          if (keys[i] === "__proto__") $util.makeProp(message.context, keys[i]);
          message.context[keys[i]] = $String(object.context[keys[i]]);
        }
      }
      return message;
    };

    /**
     * Creates a plain object from a LogEvent message. Also converts values to other types if specified.
     * @function toObject
     * @memberof integration.LogEvent
     * @static
     * @param {integration.LogEvent} message LogEvent
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    LogEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.objects || options.defaults) object.context = {};
      if (options.defaults) {
        object.time = null;
        object.deviceInfo = null;
        object.level = options.enums === $String ? "INFO" : 0;
        object.code = options.enums === $String ? "UNKNOWN" : 0;
        object.description = "";
      }
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
        object.level =
          options.enums === $String
            ? $root.integration.LogLevel[message.level] === $undefined
              ? message.level
              : $root.integration.LogLevel[message.level]
            : message.level;
      if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
        object.code =
          options.enums === $String
            ? $root.integration.LogCode[message.code] === $undefined
              ? message.code
              : $root.integration.LogCode[message.code]
            : message.code;
      if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
        object.description = message.description;
      let keys2;
      if (message.context && (keys2 = $Object.keys(message.context)).length) {
        object.context = {};
        for (let j = 0; j < keys2.length; ++j) {
          if (keys2[j] === "__proto__") $util.makeProp(object.context, keys2[j]);
          object.context[keys2[j]] = message.context[keys2[j]];
        }
      }
      return object;
    };

    /**
     * Converts this LogEvent to JSON.
     * @function toJSON
     * @memberof integration.LogEvent
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    LogEvent.prototype.toJSON = function () {
      return LogEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return LogEvent;
  })();

  integration.StatusEvent = (function () {
    /**
     * Properties of a StatusEvent.
     * @typedef {Object} integration.StatusEvent.$Properties
     * @property {string|null} [deduplicationId] StatusEvent deduplicationId
     * @property {google.protobuf.Timestamp.$Properties|null} [time] StatusEvent time
     * @property {integration.DeviceInfo.$Properties|null} [deviceInfo] StatusEvent deviceInfo
     * @property {number|null} [margin] StatusEvent margin
     * @property {boolean|null} [externalPowerSource] StatusEvent externalPowerSource
     * @property {boolean|null} [batteryLevelUnavailable] StatusEvent batteryLevelUnavailable
     * @property {number|null} [batteryLevel] StatusEvent batteryLevel
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a StatusEvent.
     * @memberof integration
     * @interface IStatusEvent
     * @augments integration.StatusEvent.$Properties
     * @deprecated Use integration.StatusEvent.$Properties instead.
     */

    /**
     * Shape of a StatusEvent.
     * @typedef {integration.StatusEvent.$Properties} integration.StatusEvent.$Shape
     */

    /**
     * Constructs a new StatusEvent.
     * @memberof integration
     * @classdesc Represents a StatusEvent.
     * @constructor
     * @param {integration.StatusEvent.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const StatusEvent = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * StatusEvent deduplicationId.
     * @member {string} deduplicationId
     * @memberof integration.StatusEvent
     * @instance
     */
    StatusEvent.prototype.deduplicationId = "";

    /**
     * StatusEvent time.
     * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
     * @memberof integration.StatusEvent
     * @instance
     */
    StatusEvent.prototype.time = null;

    /**
     * StatusEvent deviceInfo.
     * @member {integration.DeviceInfo.$Properties|null|undefined} deviceInfo
     * @memberof integration.StatusEvent
     * @instance
     */
    StatusEvent.prototype.deviceInfo = null;

    /**
     * StatusEvent margin.
     * @member {number} margin
     * @memberof integration.StatusEvent
     * @instance
     */
    StatusEvent.prototype.margin = 0;

    /**
     * StatusEvent externalPowerSource.
     * @member {boolean} externalPowerSource
     * @memberof integration.StatusEvent
     * @instance
     */
    StatusEvent.prototype.externalPowerSource = false;

    /**
     * StatusEvent batteryLevelUnavailable.
     * @member {boolean} batteryLevelUnavailable
     * @memberof integration.StatusEvent
     * @instance
     */
    StatusEvent.prototype.batteryLevelUnavailable = false;

    /**
     * StatusEvent batteryLevel.
     * @member {number} batteryLevel
     * @memberof integration.StatusEvent
     * @instance
     */
    StatusEvent.prototype.batteryLevel = 0;

    /**
     * Creates a new StatusEvent instance using the specified properties.
     * @function create
     * @memberof integration.StatusEvent
     * @static
     * @param {integration.StatusEvent.$Properties=} [properties] Properties to set
     * @returns {integration.StatusEvent} StatusEvent instance
     * @type {{
     *   (properties: integration.StatusEvent.$Shape): integration.StatusEvent & integration.StatusEvent.$Shape;
     *   (properties?: integration.StatusEvent.$Properties): integration.StatusEvent;
     * }}
     */
    StatusEvent.create = function (properties) {
      return new StatusEvent(properties);
    };

    /**
     * Encodes the specified StatusEvent message. Does not implicitly {@link integration.StatusEvent.verify|verify} messages.
     * @function encode
     * @memberof integration.StatusEvent
     * @static
     * @param {integration.StatusEvent.$Properties} message StatusEvent message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    StatusEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.deduplicationId != null &&
        $Object.hasOwnProperty.call(message, "deduplicationId") &&
        message.deduplicationId !== ""
      )
        writer.uint32(/* id 1, wireType 2 =*/ 10).string(message.deduplicationId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(
          message.time,
          writer.uint32(/* id 2, wireType 2 =*/ 18).fork(),
          _depth + 1,
        ).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(
          message.deviceInfo,
          writer.uint32(/* id 3, wireType 2 =*/ 26).fork(),
          _depth + 1,
        ).ldelim();
      if (message.margin != null && $Object.hasOwnProperty.call(message, "margin") && message.margin !== 0)
        writer.uint32(/* id 5, wireType 0 =*/ 40).int32(message.margin);
      if (
        message.externalPowerSource != null &&
        $Object.hasOwnProperty.call(message, "externalPowerSource") &&
        message.externalPowerSource !== false
      )
        writer.uint32(/* id 6, wireType 0 =*/ 48).bool(message.externalPowerSource);
      if (
        message.batteryLevelUnavailable != null &&
        $Object.hasOwnProperty.call(message, "batteryLevelUnavailable") &&
        message.batteryLevelUnavailable !== false
      )
        writer.uint32(/* id 7, wireType 0 =*/ 56).bool(message.batteryLevelUnavailable);
      if (
        message.batteryLevel != null &&
        $Object.hasOwnProperty.call(message, "batteryLevel") &&
        !$Object.is(message.batteryLevel, 0)
      )
        writer.uint32(/* id 8, wireType 5 =*/ 69).float(message.batteryLevel);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes a StatusEvent message from the specified reader or buffer.
     * @function decode
     * @memberof integration.StatusEvent
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {integration.StatusEvent & integration.StatusEvent.$Shape} StatusEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    StatusEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.StatusEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deduplicationId = value;
            else delete message.deduplicationId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 5: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.margin = value;
            else delete message.margin;
            continue;
          }
          case 6: {
            if (wireType !== 0) break;
            if ((value = reader.bool())) message.externalPowerSource = value;
            else delete message.externalPowerSource;
            continue;
          }
          case 7: {
            if (wireType !== 0) break;
            if ((value = reader.bool())) message.batteryLevelUnavailable = value;
            else delete message.batteryLevelUnavailable;
            continue;
          }
          case 8: {
            if (wireType !== 5) break;
            if (!$Object.is((value = reader.float()), 0)) message.batteryLevel = value;
            else delete message.batteryLevel;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates a StatusEvent message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof integration.StatusEvent
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {integration.StatusEvent} StatusEvent
     */
    StatusEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.StatusEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.StatusEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.StatusEvent();
      if (object.deduplicationId != null)
        if (typeof object.deduplicationId !== "string" || object.deduplicationId.length)
          message.deduplicationId = $String(object.deduplicationId);
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.StatusEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo))
          throw $TypeError(".integration.StatusEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.margin != null) if ($Number(object.margin) !== 0) message.margin = object.margin | 0;
      if (object.externalPowerSource != null)
        if (object.externalPowerSource) message.externalPowerSource = $Boolean(object.externalPowerSource);
      if (object.batteryLevelUnavailable != null)
        if (object.batteryLevelUnavailable) message.batteryLevelUnavailable = $Boolean(object.batteryLevelUnavailable);
      if (object.batteryLevel != null)
        if (!$Object.is($Number(object.batteryLevel), 0)) message.batteryLevel = $Number(object.batteryLevel);
      return message;
    };

    /**
     * Creates a plain object from a StatusEvent message. Also converts values to other types if specified.
     * @function toObject
     * @memberof integration.StatusEvent
     * @static
     * @param {integration.StatusEvent} message StatusEvent
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    StatusEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.deduplicationId = "";
        object.time = null;
        object.deviceInfo = null;
        object.margin = 0;
        object.externalPowerSource = false;
        object.batteryLevelUnavailable = false;
        object.batteryLevel = 0;
      }
      if (message.deduplicationId != null && $Object.hasOwnProperty.call(message, "deduplicationId"))
        object.deduplicationId = message.deduplicationId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.margin != null && $Object.hasOwnProperty.call(message, "margin")) object.margin = message.margin;
      if (message.externalPowerSource != null && $Object.hasOwnProperty.call(message, "externalPowerSource"))
        object.externalPowerSource = message.externalPowerSource;
      if (message.batteryLevelUnavailable != null && $Object.hasOwnProperty.call(message, "batteryLevelUnavailable"))
        object.batteryLevelUnavailable = message.batteryLevelUnavailable;
      if (message.batteryLevel != null && $Object.hasOwnProperty.call(message, "batteryLevel"))
        object.batteryLevel =
          options.json && !$isFinite(message.batteryLevel) ? $String(message.batteryLevel) : message.batteryLevel;
      return object;
    };

    /**
     * Converts this StatusEvent to JSON.
     * @function toJSON
     * @memberof integration.StatusEvent
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    StatusEvent.prototype.toJSON = function () {
      return StatusEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return StatusEvent;
  })();

  integration.LocationEvent = (function () {
    /**
     * Properties of a LocationEvent.
     * @typedef {Object} integration.LocationEvent.$Properties
     * @property {string|null} [deduplicationId] LocationEvent deduplicationId
     * @property {google.protobuf.Timestamp.$Properties|null} [time] LocationEvent time
     * @property {integration.DeviceInfo.$Properties|null} [deviceInfo] LocationEvent deviceInfo
     * @property {common.Location.$Properties|null} [location] LocationEvent location
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a LocationEvent.
     * @memberof integration
     * @interface ILocationEvent
     * @augments integration.LocationEvent.$Properties
     * @deprecated Use integration.LocationEvent.$Properties instead.
     */

    /**
     * Shape of a LocationEvent.
     * @typedef {integration.LocationEvent.$Properties} integration.LocationEvent.$Shape
     */

    /**
     * Constructs a new LocationEvent.
     * @memberof integration
     * @classdesc Represents a LocationEvent.
     * @constructor
     * @param {integration.LocationEvent.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const LocationEvent = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * LocationEvent deduplicationId.
     * @member {string} deduplicationId
     * @memberof integration.LocationEvent
     * @instance
     */
    LocationEvent.prototype.deduplicationId = "";

    /**
     * LocationEvent time.
     * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
     * @memberof integration.LocationEvent
     * @instance
     */
    LocationEvent.prototype.time = null;

    /**
     * LocationEvent deviceInfo.
     * @member {integration.DeviceInfo.$Properties|null|undefined} deviceInfo
     * @memberof integration.LocationEvent
     * @instance
     */
    LocationEvent.prototype.deviceInfo = null;

    /**
     * LocationEvent location.
     * @member {common.Location.$Properties|null|undefined} location
     * @memberof integration.LocationEvent
     * @instance
     */
    LocationEvent.prototype.location = null;

    /**
     * Creates a new LocationEvent instance using the specified properties.
     * @function create
     * @memberof integration.LocationEvent
     * @static
     * @param {integration.LocationEvent.$Properties=} [properties] Properties to set
     * @returns {integration.LocationEvent} LocationEvent instance
     * @type {{
     *   (properties: integration.LocationEvent.$Shape): integration.LocationEvent & integration.LocationEvent.$Shape;
     *   (properties?: integration.LocationEvent.$Properties): integration.LocationEvent;
     * }}
     */
    LocationEvent.create = function (properties) {
      return new LocationEvent(properties);
    };

    /**
     * Encodes the specified LocationEvent message. Does not implicitly {@link integration.LocationEvent.verify|verify} messages.
     * @function encode
     * @memberof integration.LocationEvent
     * @static
     * @param {integration.LocationEvent.$Properties} message LocationEvent message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    LocationEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.deduplicationId != null &&
        $Object.hasOwnProperty.call(message, "deduplicationId") &&
        message.deduplicationId !== ""
      )
        writer.uint32(/* id 1, wireType 2 =*/ 10).string(message.deduplicationId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(
          message.time,
          writer.uint32(/* id 2, wireType 2 =*/ 18).fork(),
          _depth + 1,
        ).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(
          message.deviceInfo,
          writer.uint32(/* id 3, wireType 2 =*/ 26).fork(),
          _depth + 1,
        ).ldelim();
      if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
        $root.common.Location.encode(
          message.location,
          writer.uint32(/* id 4, wireType 2 =*/ 34).fork(),
          _depth + 1,
        ).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes a LocationEvent message from the specified reader or buffer.
     * @function decode
     * @memberof integration.LocationEvent
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {integration.LocationEvent & integration.LocationEvent.$Shape} LocationEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    LocationEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.LocationEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deduplicationId = value;
            else delete message.deduplicationId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            message.location = $root.common.Location.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.location,
            );
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates a LocationEvent message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof integration.LocationEvent
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {integration.LocationEvent} LocationEvent
     */
    LocationEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.LocationEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.LocationEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.LocationEvent();
      if (object.deduplicationId != null)
        if (typeof object.deduplicationId !== "string" || object.deduplicationId.length)
          message.deduplicationId = $String(object.deduplicationId);
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.LocationEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo))
          throw $TypeError(".integration.LocationEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.location != null) {
        if (!$util.isObject(object.location)) throw $TypeError(".integration.LocationEvent.location: object expected");
        message.location = $root.common.Location.fromObject(object.location, _depth + 1);
      }
      return message;
    };

    /**
     * Creates a plain object from a LocationEvent message. Also converts values to other types if specified.
     * @function toObject
     * @memberof integration.LocationEvent
     * @static
     * @param {integration.LocationEvent} message LocationEvent
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    LocationEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.deduplicationId = "";
        object.time = null;
        object.deviceInfo = null;
        object.location = null;
      }
      if (message.deduplicationId != null && $Object.hasOwnProperty.call(message, "deduplicationId"))
        object.deduplicationId = message.deduplicationId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
        object.location = $root.common.Location.toObject(message.location, options, _depth + 1);
      return object;
    };

    /**
     * Converts this LocationEvent to JSON.
     * @function toJSON
     * @memberof integration.LocationEvent
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    LocationEvent.prototype.toJSON = function () {
      return LocationEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return LocationEvent;
  })();

  integration.IntegrationEvent = (function () {
    /**
     * Properties of an IntegrationEvent.
     * @typedef {Object} integration.IntegrationEvent.$Properties
     * @property {string|null} [deduplicationId] IntegrationEvent deduplicationId
     * @property {google.protobuf.Timestamp.$Properties|null} [time] IntegrationEvent time
     * @property {integration.DeviceInfo.$Properties|null} [deviceInfo] IntegrationEvent deviceInfo
     * @property {string|null} [integrationName] IntegrationEvent integrationName
     * @property {string|null} [eventType] IntegrationEvent eventType
     * @property {google.protobuf.Struct.$Properties|null} [object] IntegrationEvent object
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an IntegrationEvent.
     * @memberof integration
     * @interface IIntegrationEvent
     * @augments integration.IntegrationEvent.$Properties
     * @deprecated Use integration.IntegrationEvent.$Properties instead.
     */

    /**
     * Shape of an IntegrationEvent.
     * @typedef {{
     *   deduplicationId?: string|null;
     *   time?: google.protobuf.Timestamp.$Shape|null;
     *   deviceInfo?: integration.DeviceInfo.$Shape|null;
     *   integrationName?: string|null;
     *   eventType?: string|null;
     *   object?: google.protobuf.Struct.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * }} integration.IntegrationEvent.$Shape
     */

    /**
     * Constructs a new IntegrationEvent.
     * @memberof integration
     * @classdesc Represents an IntegrationEvent.
     * @constructor
     * @param {integration.IntegrationEvent.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const IntegrationEvent = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * IntegrationEvent deduplicationId.
     * @member {string} deduplicationId
     * @memberof integration.IntegrationEvent
     * @instance
     */
    IntegrationEvent.prototype.deduplicationId = "";

    /**
     * IntegrationEvent time.
     * @member {google.protobuf.Timestamp.$Properties|null|undefined} time
     * @memberof integration.IntegrationEvent
     * @instance
     */
    IntegrationEvent.prototype.time = null;

    /**
     * IntegrationEvent deviceInfo.
     * @member {integration.DeviceInfo.$Properties|null|undefined} deviceInfo
     * @memberof integration.IntegrationEvent
     * @instance
     */
    IntegrationEvent.prototype.deviceInfo = null;

    /**
     * IntegrationEvent integrationName.
     * @member {string} integrationName
     * @memberof integration.IntegrationEvent
     * @instance
     */
    IntegrationEvent.prototype.integrationName = "";

    /**
     * IntegrationEvent eventType.
     * @member {string} eventType
     * @memberof integration.IntegrationEvent
     * @instance
     */
    IntegrationEvent.prototype.eventType = "";

    /**
     * IntegrationEvent object.
     * @member {google.protobuf.Struct.$Properties|null|undefined} object
     * @memberof integration.IntegrationEvent
     * @instance
     */
    IntegrationEvent.prototype.object = null;

    /**
     * Creates a new IntegrationEvent instance using the specified properties.
     * @function create
     * @memberof integration.IntegrationEvent
     * @static
     * @param {integration.IntegrationEvent.$Properties=} [properties] Properties to set
     * @returns {integration.IntegrationEvent} IntegrationEvent instance
     * @type {{
     *   (properties: integration.IntegrationEvent.$Shape): integration.IntegrationEvent & integration.IntegrationEvent.$Shape;
     *   (properties?: integration.IntegrationEvent.$Properties): integration.IntegrationEvent;
     * }}
     */
    IntegrationEvent.create = function (properties) {
      return new IntegrationEvent(properties);
    };

    /**
     * Encodes the specified IntegrationEvent message. Does not implicitly {@link integration.IntegrationEvent.verify|verify} messages.
     * @function encode
     * @memberof integration.IntegrationEvent
     * @static
     * @param {integration.IntegrationEvent.$Properties} message IntegrationEvent message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    IntegrationEvent.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.deduplicationId != null &&
        $Object.hasOwnProperty.call(message, "deduplicationId") &&
        message.deduplicationId !== ""
      )
        writer.uint32(/* id 1, wireType 2 =*/ 10).string(message.deduplicationId);
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        $root.google.protobuf.Timestamp.encode(
          message.time,
          writer.uint32(/* id 2, wireType 2 =*/ 18).fork(),
          _depth + 1,
        ).ldelim();
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        $root.integration.DeviceInfo.encode(
          message.deviceInfo,
          writer.uint32(/* id 3, wireType 2 =*/ 26).fork(),
          _depth + 1,
        ).ldelim();
      if (
        message.integrationName != null &&
        $Object.hasOwnProperty.call(message, "integrationName") &&
        message.integrationName !== ""
      )
        writer.uint32(/* id 4, wireType 2 =*/ 34).string(message.integrationName);
      if (message.eventType != null && $Object.hasOwnProperty.call(message, "eventType") && message.eventType !== "")
        writer.uint32(/* id 5, wireType 2 =*/ 42).string(message.eventType);
      if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
        $root.google.protobuf.Struct.encode(
          message.object,
          writer.uint32(/* id 6, wireType 2 =*/ 50).fork(),
          _depth + 1,
        ).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes an IntegrationEvent message from the specified reader or buffer.
     * @function decode
     * @memberof integration.IntegrationEvent
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {integration.IntegrationEvent & integration.IntegrationEvent.$Shape} IntegrationEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    IntegrationEvent.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.integration.IntegrationEvent();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.deduplicationId = value;
            else delete message.deduplicationId;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.time = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.time,
            );
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.deviceInfo = $root.integration.DeviceInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.deviceInfo,
            );
            continue;
          }
          case 4: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.integrationName = value;
            else delete message.integrationName;
            continue;
          }
          case 5: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.eventType = value;
            else delete message.eventType;
            continue;
          }
          case 6: {
            if (wireType !== 2) break;
            message.object = $root.google.protobuf.Struct.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.object,
            );
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates an IntegrationEvent message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof integration.IntegrationEvent
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {integration.IntegrationEvent} IntegrationEvent
     */
    IntegrationEvent.fromObject = function (object, _depth) {
      if (object instanceof $root.integration.IntegrationEvent) return object;
      if (!$util.isObject(object)) throw $TypeError(".integration.IntegrationEvent: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.integration.IntegrationEvent();
      if (object.deduplicationId != null)
        if (typeof object.deduplicationId !== "string" || object.deduplicationId.length)
          message.deduplicationId = $String(object.deduplicationId);
      if (object.time != null) {
        if (!$util.isObject(object.time)) throw $TypeError(".integration.IntegrationEvent.time: object expected");
        message.time = $root.google.protobuf.Timestamp.fromObject(object.time, _depth + 1);
      }
      if (object.deviceInfo != null) {
        if (!$util.isObject(object.deviceInfo))
          throw $TypeError(".integration.IntegrationEvent.deviceInfo: object expected");
        message.deviceInfo = $root.integration.DeviceInfo.fromObject(object.deviceInfo, _depth + 1);
      }
      if (object.integrationName != null)
        if (typeof object.integrationName !== "string" || object.integrationName.length)
          message.integrationName = $String(object.integrationName);
      if (object.eventType != null)
        if (typeof object.eventType !== "string" || object.eventType.length)
          message.eventType = $String(object.eventType);
      if (object.object != null) {
        if (!$util.isObject(object.object)) throw $TypeError(".integration.IntegrationEvent.object: object expected");
        message.object = $root.google.protobuf.Struct.fromObject(object.object, _depth + 1);
      }
      return message;
    };

    /**
     * Creates a plain object from an IntegrationEvent message. Also converts values to other types if specified.
     * @function toObject
     * @memberof integration.IntegrationEvent
     * @static
     * @param {integration.IntegrationEvent} message IntegrationEvent
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    IntegrationEvent.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.deduplicationId = "";
        object.time = null;
        object.deviceInfo = null;
        object.integrationName = "";
        object.eventType = "";
        object.object = null;
      }
      if (message.deduplicationId != null && $Object.hasOwnProperty.call(message, "deduplicationId"))
        object.deduplicationId = message.deduplicationId;
      if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
        object.time = $root.google.protobuf.Timestamp.toObject(message.time, options, _depth + 1);
      if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
        object.deviceInfo = $root.integration.DeviceInfo.toObject(message.deviceInfo, options, _depth + 1);
      if (message.integrationName != null && $Object.hasOwnProperty.call(message, "integrationName"))
        object.integrationName = message.integrationName;
      if (message.eventType != null && $Object.hasOwnProperty.call(message, "eventType"))
        object.eventType = message.eventType;
      if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
        object.object = $root.google.protobuf.Struct.toObject(message.object, options, _depth + 1);
      return object;
    };

    /**
     * Converts this IntegrationEvent to JSON.
     * @function toJSON
     * @memberof integration.IntegrationEvent
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    IntegrationEvent.prototype.toJSON = function () {
      return IntegrationEvent.toObject(this, $protobuf.util.toJSONOptions);
    };

    return IntegrationEvent;
  })();

  return integration;
})());

export const common = ($root.common = (() => {
  /**
   * Namespace common.
   * @exports common
   * @namespace
   */
  const common = {};

  /**
   * LocationSource enum.
   * @name common.LocationSource
   * @enum {number}
   * @property {number} UNKNOWN=0 UNKNOWN value
   * @property {number} GPS=1 GPS value
   * @property {number} CONFIG=2 CONFIG value
   * @property {number} GEO_RESOLVER_TDOA=3 GEO_RESOLVER_TDOA value
   * @property {number} GEO_RESOLVER_RSSI=4 GEO_RESOLVER_RSSI value
   * @property {number} GEO_RESOLVER_GNSS=5 GEO_RESOLVER_GNSS value
   * @property {number} GEO_RESOLVER_WIFI=6 GEO_RESOLVER_WIFI value
   */
  common.LocationSource = (function () {
    const valuesById = $Object.create(null),
      values = $Object.create(valuesById);
    values[(valuesById[0] = "UNKNOWN")] = 0;
    values[(valuesById[1] = "GPS")] = 1;
    values[(valuesById[2] = "CONFIG")] = 2;
    values[(valuesById[3] = "GEO_RESOLVER_TDOA")] = 3;
    values[(valuesById[4] = "GEO_RESOLVER_RSSI")] = 4;
    values[(valuesById[5] = "GEO_RESOLVER_GNSS")] = 5;
    values[(valuesById[6] = "GEO_RESOLVER_WIFI")] = 6;
    return values;
  })();

  /**
   * DeviceClass enum.
   * @name common.DeviceClass
   * @enum {number}
   * @property {number} CLASS_A=0 CLASS_A value
   * @property {number} CLASS_B=1 CLASS_B value
   * @property {number} CLASS_C=2 CLASS_C value
   */
  common.DeviceClass = (function () {
    const valuesById = $Object.create(null),
      values = $Object.create(valuesById);
    values[(valuesById[0] = "CLASS_A")] = 0;
    values[(valuesById[1] = "CLASS_B")] = 1;
    values[(valuesById[2] = "CLASS_C")] = 2;
    return values;
  })();

  common.Location = (function () {
    /**
     * Properties of a Location.
     * @typedef {Object} common.Location.$Properties
     * @property {number|null} [latitude] Location latitude
     * @property {number|null} [longitude] Location longitude
     * @property {number|null} [altitude] Location altitude
     * @property {common.LocationSource|null} [source] Location source
     * @property {number|null} [accuracy] Location accuracy
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a Location.
     * @memberof common
     * @interface ILocation
     * @augments common.Location.$Properties
     * @deprecated Use common.Location.$Properties instead.
     */

    /**
     * Shape of a Location.
     * @typedef {common.Location.$Properties} common.Location.$Shape
     */

    /**
     * Constructs a new Location.
     * @memberof common
     * @classdesc Represents a Location.
     * @constructor
     * @param {common.Location.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const Location = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * Location latitude.
     * @member {number} latitude
     * @memberof common.Location
     * @instance
     */
    Location.prototype.latitude = 0;

    /**
     * Location longitude.
     * @member {number} longitude
     * @memberof common.Location
     * @instance
     */
    Location.prototype.longitude = 0;

    /**
     * Location altitude.
     * @member {number} altitude
     * @memberof common.Location
     * @instance
     */
    Location.prototype.altitude = 0;

    /**
     * Location source.
     * @member {common.LocationSource} source
     * @memberof common.Location
     * @instance
     */
    Location.prototype.source = 0;

    /**
     * Location accuracy.
     * @member {number} accuracy
     * @memberof common.Location
     * @instance
     */
    Location.prototype.accuracy = 0;

    /**
     * Creates a new Location instance using the specified properties.
     * @function create
     * @memberof common.Location
     * @static
     * @param {common.Location.$Properties=} [properties] Properties to set
     * @returns {common.Location} Location instance
     * @type {{
     *   (properties: common.Location.$Shape): common.Location & common.Location.$Shape;
     *   (properties?: common.Location.$Properties): common.Location;
     * }}
     */
    Location.create = function (properties) {
      return new Location(properties);
    };

    /**
     * Encodes the specified Location message. Does not implicitly {@link common.Location.verify|verify} messages.
     * @function encode
     * @memberof common.Location
     * @static
     * @param {common.Location.$Properties} message Location message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    Location.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (
        message.latitude != null &&
        $Object.hasOwnProperty.call(message, "latitude") &&
        !$Object.is(message.latitude, 0)
      )
        writer.uint32(/* id 1, wireType 1 =*/ 9).double(message.latitude);
      if (
        message.longitude != null &&
        $Object.hasOwnProperty.call(message, "longitude") &&
        !$Object.is(message.longitude, 0)
      )
        writer.uint32(/* id 2, wireType 1 =*/ 17).double(message.longitude);
      if (
        message.altitude != null &&
        $Object.hasOwnProperty.call(message, "altitude") &&
        !$Object.is(message.altitude, 0)
      )
        writer.uint32(/* id 3, wireType 1 =*/ 25).double(message.altitude);
      if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
        writer.uint32(/* id 4, wireType 0 =*/ 32).int32(message.source);
      if (
        message.accuracy != null &&
        $Object.hasOwnProperty.call(message, "accuracy") &&
        !$Object.is(message.accuracy, 0)
      )
        writer.uint32(/* id 5, wireType 5 =*/ 45).float(message.accuracy);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes a Location message from the specified reader or buffer.
     * @function decode
     * @memberof common.Location
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {common.Location & common.Location.$Shape} Location
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    Location.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.common.Location();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 1) break;
            if (!$Object.is((value = reader.double()), 0)) message.latitude = value;
            else delete message.latitude;
            continue;
          }
          case 2: {
            if (wireType !== 1) break;
            if (!$Object.is((value = reader.double()), 0)) message.longitude = value;
            else delete message.longitude;
            continue;
          }
          case 3: {
            if (wireType !== 1) break;
            if (!$Object.is((value = reader.double()), 0)) message.altitude = value;
            else delete message.altitude;
            continue;
          }
          case 4: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.source = value;
            else delete message.source;
            continue;
          }
          case 5: {
            if (wireType !== 5) break;
            if (!$Object.is((value = reader.float()), 0)) message.accuracy = value;
            else delete message.accuracy;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates a Location message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof common.Location
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {common.Location} Location
     */
    Location.fromObject = function (object, _depth) {
      if (object instanceof $root.common.Location) return object;
      if (!$util.isObject(object)) throw $TypeError(".common.Location: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.common.Location();
      if (object.latitude != null)
        if (!$Object.is($Number(object.latitude), 0)) message.latitude = $Number(object.latitude);
      if (object.longitude != null)
        if (!$Object.is($Number(object.longitude), 0)) message.longitude = $Number(object.longitude);
      if (object.altitude != null)
        if (!$Object.is($Number(object.altitude), 0)) message.altitude = $Number(object.altitude);
      if (
        object.source !== 0 &&
        (typeof object.source !== "string" || $root.common.LocationSource[object.source] !== 0)
      )
        switch (object.source) {
          case "UNKNOWN":
          case 0:
            message.source = 0;
            break;
          case "GPS":
          case 1:
            message.source = 1;
            break;
          case "CONFIG":
          case 2:
            message.source = 2;
            break;
          case "GEO_RESOLVER_TDOA":
          case 3:
            message.source = 3;
            break;
          case "GEO_RESOLVER_RSSI":
          case 4:
            message.source = 4;
            break;
          case "GEO_RESOLVER_GNSS":
          case 5:
            message.source = 5;
            break;
          case "GEO_RESOLVER_WIFI":
          case 6:
            message.source = 6;
            break;
          default:
            if (typeof object.source === "number" && (object.source | 0) === object.source)
              message.source = object.source;
        }
      if (object.accuracy != null)
        if (!$Object.is($Number(object.accuracy), 0)) message.accuracy = $Number(object.accuracy);
      return message;
    };

    /**
     * Creates a plain object from a Location message. Also converts values to other types if specified.
     * @function toObject
     * @memberof common.Location
     * @static
     * @param {common.Location} message Location
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    Location.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.latitude = 0;
        object.longitude = 0;
        object.altitude = 0;
        object.source = options.enums === $String ? "UNKNOWN" : 0;
        object.accuracy = 0;
      }
      if (message.latitude != null && $Object.hasOwnProperty.call(message, "latitude"))
        object.latitude = options.json && !$isFinite(message.latitude) ? $String(message.latitude) : message.latitude;
      if (message.longitude != null && $Object.hasOwnProperty.call(message, "longitude"))
        object.longitude =
          options.json && !$isFinite(message.longitude) ? $String(message.longitude) : message.longitude;
      if (message.altitude != null && $Object.hasOwnProperty.call(message, "altitude"))
        object.altitude = options.json && !$isFinite(message.altitude) ? $String(message.altitude) : message.altitude;
      if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
        object.source =
          options.enums === $String
            ? $root.common.LocationSource[message.source] === $undefined
              ? message.source
              : $root.common.LocationSource[message.source]
            : message.source;
      if (message.accuracy != null && $Object.hasOwnProperty.call(message, "accuracy"))
        object.accuracy = options.json && !$isFinite(message.accuracy) ? $String(message.accuracy) : message.accuracy;
      return object;
    };

    /**
     * Converts this Location to JSON.
     * @function toJSON
     * @memberof common.Location
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    Location.prototype.toJSON = function () {
      return Location.toObject(this, $protobuf.util.toJSONOptions);
    };

    return Location;
  })();

  return common;
})());

export const gw = ($root.gw = (() => {
  /**
   * Namespace gw.
   * @exports gw
   * @namespace
   */
  const gw = {};

  /**
   * CodeRate enum.
   * @name gw.CodeRate
   * @enum {number}
   * @property {number} CR_UNDEFINED=0 CR_UNDEFINED value
   * @property {number} CR_4_5=1 CR_4_5 value
   * @property {number} CR_4_6=2 CR_4_6 value
   * @property {number} CR_4_7=3 CR_4_7 value
   * @property {number} CR_4_8=4 CR_4_8 value
   * @property {number} CR_3_8=5 CR_3_8 value
   * @property {number} CR_2_6=6 CR_2_6 value
   * @property {number} CR_1_4=7 CR_1_4 value
   * @property {number} CR_1_6=8 CR_1_6 value
   * @property {number} CR_5_6=9 CR_5_6 value
   * @property {number} CR_LI_4_5=10 CR_LI_4_5 value
   * @property {number} CR_LI_4_6=11 CR_LI_4_6 value
   * @property {number} CR_LI_4_8=12 CR_LI_4_8 value
   */
  gw.CodeRate = (function () {
    const valuesById = $Object.create(null),
      values = $Object.create(valuesById);
    values[(valuesById[0] = "CR_UNDEFINED")] = 0;
    values[(valuesById[1] = "CR_4_5")] = 1;
    values[(valuesById[2] = "CR_4_6")] = 2;
    values[(valuesById[3] = "CR_4_7")] = 3;
    values[(valuesById[4] = "CR_4_8")] = 4;
    values[(valuesById[5] = "CR_3_8")] = 5;
    values[(valuesById[6] = "CR_2_6")] = 6;
    values[(valuesById[7] = "CR_1_4")] = 7;
    values[(valuesById[8] = "CR_1_6")] = 8;
    values[(valuesById[9] = "CR_5_6")] = 9;
    values[(valuesById[10] = "CR_LI_4_5")] = 10;
    values[(valuesById[11] = "CR_LI_4_6")] = 11;
    values[(valuesById[12] = "CR_LI_4_8")] = 12;
    return values;
  })();

  /**
   * CRCStatus enum.
   * @name gw.CRCStatus
   * @enum {number}
   * @property {number} NO_CRC=0 NO_CRC value
   * @property {number} BAD_CRC=1 BAD_CRC value
   * @property {number} CRC_OK=2 CRC_OK value
   */
  gw.CRCStatus = (function () {
    const valuesById = $Object.create(null),
      values = $Object.create(valuesById);
    values[(valuesById[0] = "NO_CRC")] = 0;
    values[(valuesById[1] = "BAD_CRC")] = 1;
    values[(valuesById[2] = "CRC_OK")] = 2;
    return values;
  })();

  gw.LoraModulationInfo = (function () {
    /**
     * Properties of a LoraModulationInfo.
     * @typedef {Object} gw.LoraModulationInfo.$Properties
     * @property {number|null} [bandwidth] LoraModulationInfo bandwidth
     * @property {number|null} [spreadingFactor] LoraModulationInfo spreadingFactor
     * @property {gw.CodeRate|null} [codeRate] LoraModulationInfo codeRate
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a LoraModulationInfo.
     * @memberof gw
     * @interface ILoraModulationInfo
     * @augments gw.LoraModulationInfo.$Properties
     * @deprecated Use gw.LoraModulationInfo.$Properties instead.
     */

    /**
     * Shape of a LoraModulationInfo.
     * @typedef {gw.LoraModulationInfo.$Properties} gw.LoraModulationInfo.$Shape
     */

    /**
     * Constructs a new LoraModulationInfo.
     * @memberof gw
     * @classdesc Represents a LoraModulationInfo.
     * @constructor
     * @param {gw.LoraModulationInfo.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const LoraModulationInfo = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * LoraModulationInfo bandwidth.
     * @member {number} bandwidth
     * @memberof gw.LoraModulationInfo
     * @instance
     */
    LoraModulationInfo.prototype.bandwidth = 0;

    /**
     * LoraModulationInfo spreadingFactor.
     * @member {number} spreadingFactor
     * @memberof gw.LoraModulationInfo
     * @instance
     */
    LoraModulationInfo.prototype.spreadingFactor = 0;

    /**
     * LoraModulationInfo codeRate.
     * @member {gw.CodeRate} codeRate
     * @memberof gw.LoraModulationInfo
     * @instance
     */
    LoraModulationInfo.prototype.codeRate = 0;

    /**
     * Creates a new LoraModulationInfo instance using the specified properties.
     * @function create
     * @memberof gw.LoraModulationInfo
     * @static
     * @param {gw.LoraModulationInfo.$Properties=} [properties] Properties to set
     * @returns {gw.LoraModulationInfo} LoraModulationInfo instance
     * @type {{
     *   (properties: gw.LoraModulationInfo.$Shape): gw.LoraModulationInfo & gw.LoraModulationInfo.$Shape;
     *   (properties?: gw.LoraModulationInfo.$Properties): gw.LoraModulationInfo;
     * }}
     */
    LoraModulationInfo.create = function (properties) {
      return new LoraModulationInfo(properties);
    };

    /**
     * Encodes the specified LoraModulationInfo message. Does not implicitly {@link gw.LoraModulationInfo.verify|verify} messages.
     * @function encode
     * @memberof gw.LoraModulationInfo
     * @static
     * @param {gw.LoraModulationInfo.$Properties} message LoraModulationInfo message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    LoraModulationInfo.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.bandwidth != null && $Object.hasOwnProperty.call(message, "bandwidth") && message.bandwidth !== 0)
        writer.uint32(/* id 1, wireType 0 =*/ 8).uint32(message.bandwidth);
      if (
        message.spreadingFactor != null &&
        $Object.hasOwnProperty.call(message, "spreadingFactor") &&
        message.spreadingFactor !== 0
      )
        writer.uint32(/* id 2, wireType 0 =*/ 16).uint32(message.spreadingFactor);
      if (message.codeRate != null && $Object.hasOwnProperty.call(message, "codeRate") && message.codeRate !== 0)
        writer.uint32(/* id 5, wireType 0 =*/ 40).int32(message.codeRate);
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes a LoraModulationInfo message from the specified reader or buffer.
     * @function decode
     * @memberof gw.LoraModulationInfo
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {gw.LoraModulationInfo & gw.LoraModulationInfo.$Shape} LoraModulationInfo
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    LoraModulationInfo.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.gw.LoraModulationInfo();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.bandwidth = value;
            else delete message.bandwidth;
            continue;
          }
          case 2: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.spreadingFactor = value;
            else delete message.spreadingFactor;
            continue;
          }
          case 5: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.codeRate = value;
            else delete message.codeRate;
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates a LoraModulationInfo message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof gw.LoraModulationInfo
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {gw.LoraModulationInfo} LoraModulationInfo
     */
    LoraModulationInfo.fromObject = function (object, _depth) {
      if (object instanceof $root.gw.LoraModulationInfo) return object;
      if (!$util.isObject(object)) throw $TypeError(".gw.LoraModulationInfo: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.gw.LoraModulationInfo();
      if (object.bandwidth != null) if ($Number(object.bandwidth) !== 0) message.bandwidth = object.bandwidth >>> 0;
      if (object.spreadingFactor != null)
        if ($Number(object.spreadingFactor) !== 0) message.spreadingFactor = object.spreadingFactor >>> 0;
      if (object.codeRate !== 0 && (typeof object.codeRate !== "string" || $root.gw.CodeRate[object.codeRate] !== 0))
        switch (object.codeRate) {
          case "CR_UNDEFINED":
          case 0:
            message.codeRate = 0;
            break;
          case "CR_4_5":
          case 1:
            message.codeRate = 1;
            break;
          case "CR_4_6":
          case 2:
            message.codeRate = 2;
            break;
          case "CR_4_7":
          case 3:
            message.codeRate = 3;
            break;
          case "CR_4_8":
          case 4:
            message.codeRate = 4;
            break;
          case "CR_3_8":
          case 5:
            message.codeRate = 5;
            break;
          case "CR_2_6":
          case 6:
            message.codeRate = 6;
            break;
          case "CR_1_4":
          case 7:
            message.codeRate = 7;
            break;
          case "CR_1_6":
          case 8:
            message.codeRate = 8;
            break;
          case "CR_5_6":
          case 9:
            message.codeRate = 9;
            break;
          case "CR_LI_4_5":
          case 10:
            message.codeRate = 10;
            break;
          case "CR_LI_4_6":
          case 11:
            message.codeRate = 11;
            break;
          case "CR_LI_4_8":
          case 12:
            message.codeRate = 12;
            break;
          default:
            if (typeof object.codeRate === "number" && (object.codeRate | 0) === object.codeRate)
              message.codeRate = object.codeRate;
        }
      return message;
    };

    /**
     * Creates a plain object from a LoraModulationInfo message. Also converts values to other types if specified.
     * @function toObject
     * @memberof gw.LoraModulationInfo
     * @static
     * @param {gw.LoraModulationInfo} message LoraModulationInfo
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    LoraModulationInfo.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.bandwidth = 0;
        object.spreadingFactor = 0;
        object.codeRate = options.enums === $String ? "CR_UNDEFINED" : 0;
      }
      if (message.bandwidth != null && $Object.hasOwnProperty.call(message, "bandwidth"))
        object.bandwidth = message.bandwidth;
      if (message.spreadingFactor != null && $Object.hasOwnProperty.call(message, "spreadingFactor"))
        object.spreadingFactor = message.spreadingFactor;
      if (message.codeRate != null && $Object.hasOwnProperty.call(message, "codeRate"))
        object.codeRate =
          options.enums === $String
            ? $root.gw.CodeRate[message.codeRate] === $undefined
              ? message.codeRate
              : $root.gw.CodeRate[message.codeRate]
            : message.codeRate;
      return object;
    };

    /**
     * Converts this LoraModulationInfo to JSON.
     * @function toJSON
     * @memberof gw.LoraModulationInfo
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    LoraModulationInfo.prototype.toJSON = function () {
      return LoraModulationInfo.toObject(this, $protobuf.util.toJSONOptions);
    };

    return LoraModulationInfo;
  })();

  gw.Modulation = (function () {
    /**
     * Properties of a Modulation.
     * @typedef {Object} gw.Modulation.$Properties
     * @property {gw.LoraModulationInfo.$Properties|null} [lora] Modulation lora
     * @property {"lora"} [parameters] Modulation parameters
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a Modulation.
     * @memberof gw
     * @interface IModulation
     * @augments gw.Modulation.$Properties
     * @deprecated Use gw.Modulation.$Properties instead.
     */

    /**
     * Narrowed shape of a Modulation.
     * @typedef {{
     *   lora?: gw.LoraModulationInfo.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * } & (
     *   ({ parameters?: undefined; lora?: null }|{ parameters?: "lora"; lora: gw.LoraModulationInfo.$Shape })
     * )} gw.Modulation.$Shape
     */

    /**
     * Constructs a new Modulation.
     * @memberof gw
     * @classdesc Represents a Modulation.
     * @constructor
     * @param {gw.Modulation.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const Modulation = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * Modulation lora.
     * @member {gw.LoraModulationInfo.$Properties|null|undefined} lora
     * @memberof gw.Modulation
     * @instance
     */
    Modulation.prototype.lora = null;

    // OneOf field names bound to virtual getters and setters
    let $oneOfFields;

    /**
     * Modulation parameters.
     * @member {"lora"|undefined} parameters
     * @memberof gw.Modulation
     * @instance
     */
    $Object.defineProperty(Modulation.prototype, "parameters", {
      get: $util.oneOfGetter(($oneOfFields = ["lora"])),
      set: $util.oneOfSetter($oneOfFields),
    });

    /**
     * Creates a new Modulation instance using the specified properties.
     * @function create
     * @memberof gw.Modulation
     * @static
     * @param {gw.Modulation.$Properties=} [properties] Properties to set
     * @returns {gw.Modulation} Modulation instance
     * @type {{
     *   (properties: gw.Modulation.$Shape): gw.Modulation & gw.Modulation.$Shape;
     *   (properties?: gw.Modulation.$Properties): gw.Modulation;
     * }}
     */
    Modulation.create = function (properties) {
      return new Modulation(properties);
    };

    /**
     * Encodes the specified Modulation message. Does not implicitly {@link gw.Modulation.verify|verify} messages.
     * @function encode
     * @memberof gw.Modulation
     * @static
     * @param {gw.Modulation.$Properties} message Modulation message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    Modulation.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.lora != null && $Object.hasOwnProperty.call(message, "lora"))
        $root.gw.LoraModulationInfo.encode(
          message.lora,
          writer.uint32(/* id 3, wireType 2 =*/ 26).fork(),
          _depth + 1,
        ).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes a Modulation message from the specified reader or buffer.
     * @function decode
     * @memberof gw.Modulation
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {gw.Modulation & gw.Modulation.$Shape} Modulation
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    Modulation.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.gw.Modulation();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 3: {
            if (wireType !== 2) break;
            message.lora = $root.gw.LoraModulationInfo.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.lora,
            );
            message.parameters = "lora";
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates a Modulation message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof gw.Modulation
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {gw.Modulation} Modulation
     */
    Modulation.fromObject = function (object, _depth) {
      if (object instanceof $root.gw.Modulation) return object;
      if (!$util.isObject(object)) throw $TypeError(".gw.Modulation: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.gw.Modulation();
      if (object.lora != null) {
        if (!$util.isObject(object.lora)) throw $TypeError(".gw.Modulation.lora: object expected");
        message.lora = $root.gw.LoraModulationInfo.fromObject(object.lora, _depth + 1);
      }
      return message;
    };

    /**
     * Creates a plain object from a Modulation message. Also converts values to other types if specified.
     * @function toObject
     * @memberof gw.Modulation
     * @static
     * @param {gw.Modulation} message Modulation
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    Modulation.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (message.lora != null && $Object.hasOwnProperty.call(message, "lora")) {
        object.lora = $root.gw.LoraModulationInfo.toObject(message.lora, options, _depth + 1);
        if (options.oneofs) object.parameters = "lora";
      }
      return object;
    };

    /**
     * Converts this Modulation to JSON.
     * @function toJSON
     * @memberof gw.Modulation
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    Modulation.prototype.toJSON = function () {
      return Modulation.toObject(this, $protobuf.util.toJSONOptions);
    };

    return Modulation;
  })();

  gw.UplinkTxInfo = (function () {
    /**
     * Properties of an UplinkTxInfo.
     * @typedef {Object} gw.UplinkTxInfo.$Properties
     * @property {number|null} [frequency] UplinkTxInfo frequency
     * @property {gw.Modulation.$Properties|null} [modulation] UplinkTxInfo modulation
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an UplinkTxInfo.
     * @memberof gw
     * @interface IUplinkTxInfo
     * @augments gw.UplinkTxInfo.$Properties
     * @deprecated Use gw.UplinkTxInfo.$Properties instead.
     */

    /**
     * Shape of an UplinkTxInfo.
     * @typedef {{
     *   frequency?: number|null;
     *   modulation?: gw.Modulation.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * }} gw.UplinkTxInfo.$Shape
     */

    /**
     * Constructs a new UplinkTxInfo.
     * @memberof gw
     * @classdesc Represents an UplinkTxInfo.
     * @constructor
     * @param {gw.UplinkTxInfo.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const UplinkTxInfo = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * UplinkTxInfo frequency.
     * @member {number} frequency
     * @memberof gw.UplinkTxInfo
     * @instance
     */
    UplinkTxInfo.prototype.frequency = 0;

    /**
     * UplinkTxInfo modulation.
     * @member {gw.Modulation.$Properties|null|undefined} modulation
     * @memberof gw.UplinkTxInfo
     * @instance
     */
    UplinkTxInfo.prototype.modulation = null;

    /**
     * Creates a new UplinkTxInfo instance using the specified properties.
     * @function create
     * @memberof gw.UplinkTxInfo
     * @static
     * @param {gw.UplinkTxInfo.$Properties=} [properties] Properties to set
     * @returns {gw.UplinkTxInfo} UplinkTxInfo instance
     * @type {{
     *   (properties: gw.UplinkTxInfo.$Shape): gw.UplinkTxInfo & gw.UplinkTxInfo.$Shape;
     *   (properties?: gw.UplinkTxInfo.$Properties): gw.UplinkTxInfo;
     * }}
     */
    UplinkTxInfo.create = function (properties) {
      return new UplinkTxInfo(properties);
    };

    /**
     * Encodes the specified UplinkTxInfo message. Does not implicitly {@link gw.UplinkTxInfo.verify|verify} messages.
     * @function encode
     * @memberof gw.UplinkTxInfo
     * @static
     * @param {gw.UplinkTxInfo.$Properties} message UplinkTxInfo message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    UplinkTxInfo.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.frequency != null && $Object.hasOwnProperty.call(message, "frequency") && message.frequency !== 0)
        writer.uint32(/* id 1, wireType 0 =*/ 8).uint32(message.frequency);
      if (message.modulation != null && $Object.hasOwnProperty.call(message, "modulation"))
        $root.gw.Modulation.encode(
          message.modulation,
          writer.uint32(/* id 2, wireType 2 =*/ 18).fork(),
          _depth + 1,
        ).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes an UplinkTxInfo message from the specified reader or buffer.
     * @function decode
     * @memberof gw.UplinkTxInfo
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {gw.UplinkTxInfo & gw.UplinkTxInfo.$Shape} UplinkTxInfo
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    UplinkTxInfo.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.gw.UplinkTxInfo();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.frequency = value;
            else delete message.frequency;
            continue;
          }
          case 2: {
            if (wireType !== 2) break;
            message.modulation = $root.gw.Modulation.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.modulation,
            );
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates an UplinkTxInfo message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof gw.UplinkTxInfo
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {gw.UplinkTxInfo} UplinkTxInfo
     */
    UplinkTxInfo.fromObject = function (object, _depth) {
      if (object instanceof $root.gw.UplinkTxInfo) return object;
      if (!$util.isObject(object)) throw $TypeError(".gw.UplinkTxInfo: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.gw.UplinkTxInfo();
      if (object.frequency != null) if ($Number(object.frequency) !== 0) message.frequency = object.frequency >>> 0;
      if (object.modulation != null) {
        if (!$util.isObject(object.modulation)) throw $TypeError(".gw.UplinkTxInfo.modulation: object expected");
        message.modulation = $root.gw.Modulation.fromObject(object.modulation, _depth + 1);
      }
      return message;
    };

    /**
     * Creates a plain object from an UplinkTxInfo message. Also converts values to other types if specified.
     * @function toObject
     * @memberof gw.UplinkTxInfo
     * @static
     * @param {gw.UplinkTxInfo} message UplinkTxInfo
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    UplinkTxInfo.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.frequency = 0;
        object.modulation = null;
      }
      if (message.frequency != null && $Object.hasOwnProperty.call(message, "frequency"))
        object.frequency = message.frequency;
      if (message.modulation != null && $Object.hasOwnProperty.call(message, "modulation"))
        object.modulation = $root.gw.Modulation.toObject(message.modulation, options, _depth + 1);
      return object;
    };

    /**
     * Converts this UplinkTxInfo to JSON.
     * @function toJSON
     * @memberof gw.UplinkTxInfo
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    UplinkTxInfo.prototype.toJSON = function () {
      return UplinkTxInfo.toObject(this, $protobuf.util.toJSONOptions);
    };

    return UplinkTxInfo;
  })();

  gw.UplinkRxInfo = (function () {
    /**
     * Properties of an UplinkRxInfo.
     * @typedef {Object} gw.UplinkRxInfo.$Properties
     * @property {string|null} [gatewayId] UplinkRxInfo gatewayId
     * @property {number|null} [uplinkId] UplinkRxInfo uplinkId
     * @property {google.protobuf.Timestamp.$Properties|null} [gwTime] UplinkRxInfo gwTime
     * @property {number|null} [rssi] UplinkRxInfo rssi
     * @property {number|null} [snr] UplinkRxInfo snr
     * @property {number|null} [channel] UplinkRxInfo channel
     * @property {number|null} [rfChain] UplinkRxInfo rfChain
     * @property {common.Location.$Properties|null} [location] UplinkRxInfo location
     * @property {Object.<string,string>|null} [metadata] UplinkRxInfo metadata
     * @property {gw.CRCStatus|null} [crcStatus] UplinkRxInfo crcStatus
     * @property {google.protobuf.Timestamp.$Properties|null} [nsTime] UplinkRxInfo nsTime
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of an UplinkRxInfo.
     * @memberof gw
     * @interface IUplinkRxInfo
     * @augments gw.UplinkRxInfo.$Properties
     * @deprecated Use gw.UplinkRxInfo.$Properties instead.
     */

    /**
     * Shape of an UplinkRxInfo.
     * @typedef {gw.UplinkRxInfo.$Properties} gw.UplinkRxInfo.$Shape
     */

    /**
     * Constructs a new UplinkRxInfo.
     * @memberof gw
     * @classdesc Represents an UplinkRxInfo.
     * @constructor
     * @param {gw.UplinkRxInfo.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const UplinkRxInfo = function (properties) {
      this.metadata = {};
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * UplinkRxInfo gatewayId.
     * @member {string} gatewayId
     * @memberof gw.UplinkRxInfo
     * @instance
     */
    UplinkRxInfo.prototype.gatewayId = "";

    /**
     * UplinkRxInfo uplinkId.
     * @member {number} uplinkId
     * @memberof gw.UplinkRxInfo
     * @instance
     */
    UplinkRxInfo.prototype.uplinkId = 0;

    /**
     * UplinkRxInfo gwTime.
     * @member {google.protobuf.Timestamp.$Properties|null|undefined} gwTime
     * @memberof gw.UplinkRxInfo
     * @instance
     */
    UplinkRxInfo.prototype.gwTime = null;

    /**
     * UplinkRxInfo rssi.
     * @member {number} rssi
     * @memberof gw.UplinkRxInfo
     * @instance
     */
    UplinkRxInfo.prototype.rssi = 0;

    /**
     * UplinkRxInfo snr.
     * @member {number} snr
     * @memberof gw.UplinkRxInfo
     * @instance
     */
    UplinkRxInfo.prototype.snr = 0;

    /**
     * UplinkRxInfo channel.
     * @member {number} channel
     * @memberof gw.UplinkRxInfo
     * @instance
     */
    UplinkRxInfo.prototype.channel = 0;

    /**
     * UplinkRxInfo rfChain.
     * @member {number} rfChain
     * @memberof gw.UplinkRxInfo
     * @instance
     */
    UplinkRxInfo.prototype.rfChain = 0;

    /**
     * UplinkRxInfo location.
     * @member {common.Location.$Properties|null|undefined} location
     * @memberof gw.UplinkRxInfo
     * @instance
     */
    UplinkRxInfo.prototype.location = null;

    /**
     * UplinkRxInfo metadata.
     * @member {Object.<string,string>} metadata
     * @memberof gw.UplinkRxInfo
     * @instance
     */
    UplinkRxInfo.prototype.metadata = $util.emptyObject;

    /**
     * UplinkRxInfo crcStatus.
     * @member {gw.CRCStatus} crcStatus
     * @memberof gw.UplinkRxInfo
     * @instance
     */
    UplinkRxInfo.prototype.crcStatus = 0;

    /**
     * UplinkRxInfo nsTime.
     * @member {google.protobuf.Timestamp.$Properties|null|undefined} nsTime
     * @memberof gw.UplinkRxInfo
     * @instance
     */
    UplinkRxInfo.prototype.nsTime = null;

    /**
     * Creates a new UplinkRxInfo instance using the specified properties.
     * @function create
     * @memberof gw.UplinkRxInfo
     * @static
     * @param {gw.UplinkRxInfo.$Properties=} [properties] Properties to set
     * @returns {gw.UplinkRxInfo} UplinkRxInfo instance
     * @type {{
     *   (properties: gw.UplinkRxInfo.$Shape): gw.UplinkRxInfo & gw.UplinkRxInfo.$Shape;
     *   (properties?: gw.UplinkRxInfo.$Properties): gw.UplinkRxInfo;
     * }}
     */
    UplinkRxInfo.create = function (properties) {
      return new UplinkRxInfo(properties);
    };

    /**
     * Encodes the specified UplinkRxInfo message. Does not implicitly {@link gw.UplinkRxInfo.verify|verify} messages.
     * @function encode
     * @memberof gw.UplinkRxInfo
     * @static
     * @param {gw.UplinkRxInfo.$Properties} message UplinkRxInfo message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    UplinkRxInfo.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId") && message.gatewayId !== "")
        writer.uint32(/* id 1, wireType 2 =*/ 10).string(message.gatewayId);
      if (message.uplinkId != null && $Object.hasOwnProperty.call(message, "uplinkId") && message.uplinkId !== 0)
        writer.uint32(/* id 2, wireType 0 =*/ 16).uint32(message.uplinkId);
      if (message.gwTime != null && $Object.hasOwnProperty.call(message, "gwTime"))
        $root.google.protobuf.Timestamp.encode(
          message.gwTime,
          writer.uint32(/* id 3, wireType 2 =*/ 26).fork(),
          _depth + 1,
        ).ldelim();
      if (message.rssi != null && $Object.hasOwnProperty.call(message, "rssi") && message.rssi !== 0)
        writer.uint32(/* id 6, wireType 0 =*/ 48).int32(message.rssi);
      if (message.snr != null && $Object.hasOwnProperty.call(message, "snr") && !$Object.is(message.snr, 0))
        writer.uint32(/* id 7, wireType 5 =*/ 61).float(message.snr);
      if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== 0)
        writer.uint32(/* id 8, wireType 0 =*/ 64).uint32(message.channel);
      if (message.rfChain != null && $Object.hasOwnProperty.call(message, "rfChain") && message.rfChain !== 0)
        writer.uint32(/* id 9, wireType 0 =*/ 72).uint32(message.rfChain);
      if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
        $root.common.Location.encode(
          message.location,
          writer.uint32(/* id 12, wireType 2 =*/ 98).fork(),
          _depth + 1,
        ).ldelim();
      if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
        for (let keys = $Object.keys(message.metadata), i = 0; i < keys.length; ++i)
          writer
            .uint32(/* id 15, wireType 2 =*/ 122)
            .fork()
            .uint32(/* id 1, wireType 2 =*/ 10)
            .string(keys[i])
            .uint32(/* id 2, wireType 2 =*/ 18)
            .string(message.metadata[keys[i]])
            .ldelim();
      if (message.crcStatus != null && $Object.hasOwnProperty.call(message, "crcStatus") && message.crcStatus !== 0)
        writer.uint32(/* id 16, wireType 0 =*/ 128).int32(message.crcStatus);
      if (message.nsTime != null && $Object.hasOwnProperty.call(message, "nsTime"))
        $root.google.protobuf.Timestamp.encode(
          message.nsTime,
          writer.uint32(/* id 17, wireType 2 =*/ 138).fork(),
          _depth + 1,
        ).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes an UplinkRxInfo message from the specified reader or buffer.
     * @function decode
     * @memberof gw.UplinkRxInfo
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {gw.UplinkRxInfo & gw.UplinkRxInfo.$Shape} UplinkRxInfo
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    UplinkRxInfo.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, key, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.gw.UplinkRxInfo();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 2) break;
            if ((value = reader.stringVerify()).length) message.gatewayId = value;
            else delete message.gatewayId;
            continue;
          }
          case 2: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.uplinkId = value;
            else delete message.uplinkId;
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.gwTime = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.gwTime,
            );
            continue;
          }
          case 6: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.rssi = value;
            else delete message.rssi;
            continue;
          }
          case 7: {
            if (wireType !== 5) break;
            if (!$Object.is((value = reader.float()), 0)) message.snr = value;
            else delete message.snr;
            continue;
          }
          case 8: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.channel = value;
            else delete message.channel;
            continue;
          }
          case 9: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.rfChain = value;
            else delete message.rfChain;
            continue;
          }
          case 12: {
            if (wireType !== 2) break;
            message.location = $root.common.Location.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.location,
            );
            continue;
          }
          case 15: {
            if (wireType !== 2) break;
            if (message.metadata === $util.emptyObject) message.metadata = {};
            let end2 = reader.size() + reader.pos;
            if (end2 > reader.len) throw $RangeError("index out of range");
            reader.len = end2;
            key = "";
            value = "";
            while (reader.pos < end2) {
              let tag2 = reader.tag();
              wireType = tag2 & 7;
              switch ((tag2 >>>= 3)) {
                case 1:
                  if (wireType !== 2) break;
                  key = reader.stringVerify();
                  continue;
                case 2:
                  if (wireType !== 2) break;
                  value = reader.stringVerify();
                  continue;
              }
              reader.skipType(wireType, _depth, tag2);
            }
            if (reader.pos !== end2) throw $RangeError("index out of range");
            reader.len = end;
            if (key === "__proto__") $util.makeProp(message.metadata, key);
            message.metadata[key] = value;
            continue;
          }
          case 16: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.crcStatus = value;
            else delete message.crcStatus;
            continue;
          }
          case 17: {
            if (wireType !== 2) break;
            message.nsTime = $root.google.protobuf.Timestamp.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.nsTime,
            );
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates an UplinkRxInfo message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof gw.UplinkRxInfo
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {gw.UplinkRxInfo} UplinkRxInfo
     */
    UplinkRxInfo.fromObject = function (object, _depth) {
      if (object instanceof $root.gw.UplinkRxInfo) return object;
      if (!$util.isObject(object)) throw $TypeError(".gw.UplinkRxInfo: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.gw.UplinkRxInfo();
      if (object.gatewayId != null)
        if (typeof object.gatewayId !== "string" || object.gatewayId.length)
          message.gatewayId = $String(object.gatewayId);
      if (object.uplinkId != null) if ($Number(object.uplinkId) !== 0) message.uplinkId = object.uplinkId >>> 0;
      if (object.gwTime != null) {
        if (!$util.isObject(object.gwTime)) throw $TypeError(".gw.UplinkRxInfo.gwTime: object expected");
        message.gwTime = $root.google.protobuf.Timestamp.fromObject(object.gwTime, _depth + 1);
      }
      if (object.rssi != null) if ($Number(object.rssi) !== 0) message.rssi = object.rssi | 0;
      if (object.snr != null) if (!$Object.is($Number(object.snr), 0)) message.snr = $Number(object.snr);
      if (object.channel != null) if ($Number(object.channel) !== 0) message.channel = object.channel >>> 0;
      if (object.rfChain != null) if ($Number(object.rfChain) !== 0) message.rfChain = object.rfChain >>> 0;
      if (object.location != null) {
        if (!$util.isObject(object.location)) throw $TypeError(".gw.UplinkRxInfo.location: object expected");
        message.location = $root.common.Location.fromObject(object.location, _depth + 1);
      }
      if (object.metadata) {
        if (!$util.isObject(object.metadata)) throw $TypeError(".gw.UplinkRxInfo.metadata: object expected");
        message.metadata = {};
        for (let keys = $Object.keys(object.metadata), i = 0; i < keys.length; ++i) {
          if (keys[i] === "__proto__") $util.makeProp(message.metadata, keys[i]);
          message.metadata[keys[i]] = $String(object.metadata[keys[i]]);
        }
      }
      if (
        object.crcStatus !== 0 &&
        (typeof object.crcStatus !== "string" || $root.gw.CRCStatus[object.crcStatus] !== 0)
      )
        switch (object.crcStatus) {
          case "NO_CRC":
          case 0:
            message.crcStatus = 0;
            break;
          case "BAD_CRC":
          case 1:
            message.crcStatus = 1;
            break;
          case "CRC_OK":
          case 2:
            message.crcStatus = 2;
            break;
          default:
            if (typeof object.crcStatus === "number" && (object.crcStatus | 0) === object.crcStatus)
              message.crcStatus = object.crcStatus;
        }
      if (object.nsTime != null) {
        if (!$util.isObject(object.nsTime)) throw $TypeError(".gw.UplinkRxInfo.nsTime: object expected");
        message.nsTime = $root.google.protobuf.Timestamp.fromObject(object.nsTime, _depth + 1);
      }
      return message;
    };

    /**
     * Creates a plain object from an UplinkRxInfo message. Also converts values to other types if specified.
     * @function toObject
     * @memberof gw.UplinkRxInfo
     * @static
     * @param {gw.UplinkRxInfo} message UplinkRxInfo
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    UplinkRxInfo.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.objects || options.defaults) object.metadata = {};
      if (options.defaults) {
        object.gatewayId = "";
        object.uplinkId = 0;
        object.gwTime = null;
        object.rssi = 0;
        object.snr = 0;
        object.channel = 0;
        object.rfChain = 0;
        object.location = null;
        object.crcStatus = options.enums === $String ? "NO_CRC" : 0;
        object.nsTime = null;
      }
      if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId"))
        object.gatewayId = message.gatewayId;
      if (message.uplinkId != null && $Object.hasOwnProperty.call(message, "uplinkId"))
        object.uplinkId = message.uplinkId;
      if (message.gwTime != null && $Object.hasOwnProperty.call(message, "gwTime"))
        object.gwTime = $root.google.protobuf.Timestamp.toObject(message.gwTime, options, _depth + 1);
      if (message.rssi != null && $Object.hasOwnProperty.call(message, "rssi")) object.rssi = message.rssi;
      if (message.snr != null && $Object.hasOwnProperty.call(message, "snr"))
        object.snr = options.json && !$isFinite(message.snr) ? $String(message.snr) : message.snr;
      if (message.channel != null && $Object.hasOwnProperty.call(message, "channel")) object.channel = message.channel;
      if (message.rfChain != null && $Object.hasOwnProperty.call(message, "rfChain")) object.rfChain = message.rfChain;
      if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
        object.location = $root.common.Location.toObject(message.location, options, _depth + 1);
      let keys2;
      if (message.metadata && (keys2 = $Object.keys(message.metadata)).length) {
        object.metadata = {};
        for (let j = 0; j < keys2.length; ++j) {
          if (keys2[j] === "__proto__") $util.makeProp(object.metadata, keys2[j]);
          object.metadata[keys2[j]] = message.metadata[keys2[j]];
        }
      }
      if (message.crcStatus != null && $Object.hasOwnProperty.call(message, "crcStatus"))
        object.crcStatus =
          options.enums === $String
            ? $root.gw.CRCStatus[message.crcStatus] === $undefined
              ? message.crcStatus
              : $root.gw.CRCStatus[message.crcStatus]
            : message.crcStatus;
      if (message.nsTime != null && $Object.hasOwnProperty.call(message, "nsTime"))
        object.nsTime = $root.google.protobuf.Timestamp.toObject(message.nsTime, options, _depth + 1);
      return object;
    };

    /**
     * Converts this UplinkRxInfo to JSON.
     * @function toJSON
     * @memberof gw.UplinkRxInfo
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    UplinkRxInfo.prototype.toJSON = function () {
      return UplinkRxInfo.toObject(this, $protobuf.util.toJSONOptions);
    };

    return UplinkRxInfo;
  })();

  gw.DownlinkTxInfo = (function () {
    /**
     * Properties of a DownlinkTxInfo.
     * @typedef {Object} gw.DownlinkTxInfo.$Properties
     * @property {number|null} [frequency] DownlinkTxInfo frequency
     * @property {number|null} [power] DownlinkTxInfo power
     * @property {gw.Modulation.$Properties|null} [modulation] DownlinkTxInfo modulation
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a DownlinkTxInfo.
     * @memberof gw
     * @interface IDownlinkTxInfo
     * @augments gw.DownlinkTxInfo.$Properties
     * @deprecated Use gw.DownlinkTxInfo.$Properties instead.
     */

    /**
     * Shape of a DownlinkTxInfo.
     * @typedef {{
     *   frequency?: number|null;
     *   power?: number|null;
     *   modulation?: gw.Modulation.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * }} gw.DownlinkTxInfo.$Shape
     */

    /**
     * Constructs a new DownlinkTxInfo.
     * @memberof gw
     * @classdesc Represents a DownlinkTxInfo.
     * @constructor
     * @param {gw.DownlinkTxInfo.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const DownlinkTxInfo = function (properties) {
      if (properties)
        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
          if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
    };

    /**
     * DownlinkTxInfo frequency.
     * @member {number} frequency
     * @memberof gw.DownlinkTxInfo
     * @instance
     */
    DownlinkTxInfo.prototype.frequency = 0;

    /**
     * DownlinkTxInfo power.
     * @member {number} power
     * @memberof gw.DownlinkTxInfo
     * @instance
     */
    DownlinkTxInfo.prototype.power = 0;

    /**
     * DownlinkTxInfo modulation.
     * @member {gw.Modulation.$Properties|null|undefined} modulation
     * @memberof gw.DownlinkTxInfo
     * @instance
     */
    DownlinkTxInfo.prototype.modulation = null;

    /**
     * Creates a new DownlinkTxInfo instance using the specified properties.
     * @function create
     * @memberof gw.DownlinkTxInfo
     * @static
     * @param {gw.DownlinkTxInfo.$Properties=} [properties] Properties to set
     * @returns {gw.DownlinkTxInfo} DownlinkTxInfo instance
     * @type {{
     *   (properties: gw.DownlinkTxInfo.$Shape): gw.DownlinkTxInfo & gw.DownlinkTxInfo.$Shape;
     *   (properties?: gw.DownlinkTxInfo.$Properties): gw.DownlinkTxInfo;
     * }}
     */
    DownlinkTxInfo.create = function (properties) {
      return new DownlinkTxInfo(properties);
    };

    /**
     * Encodes the specified DownlinkTxInfo message. Does not implicitly {@link gw.DownlinkTxInfo.verify|verify} messages.
     * @function encode
     * @memberof gw.DownlinkTxInfo
     * @static
     * @param {gw.DownlinkTxInfo.$Properties} message DownlinkTxInfo message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    DownlinkTxInfo.encode = function (message, writer, _depth) {
      if (!writer) writer = $Writer.create();
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      if (message.frequency != null && $Object.hasOwnProperty.call(message, "frequency") && message.frequency !== 0)
        writer.uint32(/* id 1, wireType 0 =*/ 8).uint32(message.frequency);
      if (message.power != null && $Object.hasOwnProperty.call(message, "power") && message.power !== 0)
        writer.uint32(/* id 2, wireType 0 =*/ 16).int32(message.power);
      if (message.modulation != null && $Object.hasOwnProperty.call(message, "modulation"))
        $root.gw.Modulation.encode(
          message.modulation,
          writer.uint32(/* id 3, wireType 2 =*/ 26).fork(),
          _depth + 1,
        ).ldelim();
      if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
        for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
      return writer;
    };

    /**
     * Decodes a DownlinkTxInfo message from the specified reader or buffer.
     * @function decode
     * @memberof gw.DownlinkTxInfo
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {gw.DownlinkTxInfo & gw.DownlinkTxInfo.$Shape} DownlinkTxInfo
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    DownlinkTxInfo.decode = function (reader, length, _end, _depth, _target) {
      if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
      if (_depth === $undefined) _depth = 0;
      if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
      let end, message, value;
      if (length === $undefined) end = reader.len;
      else {
        end = reader.pos + length;
        if (end > reader.len) throw $RangeError("index out of range");
        length = reader.len;
        reader.len = end;
      }
      message = _target || new $root.gw.DownlinkTxInfo();
      while (reader.pos < end) {
        let start = reader.pos;
        let tag = reader.tag();
        if (tag === _end) {
          _end = $undefined;
          break;
        }
        let wireType = tag & 7;
        switch ((tag >>>= 3)) {
          case 1: {
            if (wireType !== 0) break;
            if ((value = reader.uint32())) message.frequency = value;
            else delete message.frequency;
            continue;
          }
          case 2: {
            if (wireType !== 0) break;
            if ((value = reader.int32())) message.power = value;
            else delete message.power;
            continue;
          }
          case 3: {
            if (wireType !== 2) break;
            message.modulation = $root.gw.Modulation.decode(
              reader,
              reader.size(),
              $undefined,
              _depth + 1,
              message.modulation,
            );
            continue;
          }
        }
        reader.skipType(wireType, _depth, tag);
        if (!reader.discardUnknown) {
          $util.makeProp(message, "$unknowns", false);
          (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
        }
      }
      if (length !== $undefined) {
        if (reader.pos !== end) throw $RangeError("index out of range");
        reader.len = length;
      }
      if (_end !== $undefined) throw $Error("missing end group");
      return message;
    };

    /**
     * Creates a DownlinkTxInfo message from a plain object. Also converts values to their respective internal types.
     * @function fromObject
     * @memberof gw.DownlinkTxInfo
     * @static
     * @param {Object.<string,*>} object Plain object
     * @returns {gw.DownlinkTxInfo} DownlinkTxInfo
     */
    DownlinkTxInfo.fromObject = function (object, _depth) {
      if (object instanceof $root.gw.DownlinkTxInfo) return object;
      if (!$util.isObject(object)) throw $TypeError(".gw.DownlinkTxInfo: object expected");
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let message = new $root.gw.DownlinkTxInfo();
      if (object.frequency != null) if ($Number(object.frequency) !== 0) message.frequency = object.frequency >>> 0;
      if (object.power != null) if ($Number(object.power) !== 0) message.power = object.power | 0;
      if (object.modulation != null) {
        if (!$util.isObject(object.modulation)) throw $TypeError(".gw.DownlinkTxInfo.modulation: object expected");
        message.modulation = $root.gw.Modulation.fromObject(object.modulation, _depth + 1);
      }
      return message;
    };

    /**
     * Creates a plain object from a DownlinkTxInfo message. Also converts values to other types if specified.
     * @function toObject
     * @memberof gw.DownlinkTxInfo
     * @static
     * @param {gw.DownlinkTxInfo} message DownlinkTxInfo
     * @param {$protobuf.IConversionOptions} [options] Conversion options
     * @returns {Object.<string,*>} Plain object
     */
    DownlinkTxInfo.toObject = function (message, options, _depth) {
      if (!options) options = {};
      if (_depth === $undefined) _depth = 0;
      if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
      let object = {};
      if (options.defaults) {
        object.frequency = 0;
        object.power = 0;
        object.modulation = null;
      }
      if (message.frequency != null && $Object.hasOwnProperty.call(message, "frequency"))
        object.frequency = message.frequency;
      if (message.power != null && $Object.hasOwnProperty.call(message, "power")) object.power = message.power;
      if (message.modulation != null && $Object.hasOwnProperty.call(message, "modulation"))
        object.modulation = $root.gw.Modulation.toObject(message.modulation, options, _depth + 1);
      return object;
    };

    /**
     * Converts this DownlinkTxInfo to JSON.
     * @function toJSON
     * @memberof gw.DownlinkTxInfo
     * @instance
     * @returns {Object.<string,*>} JSON object
     */
    DownlinkTxInfo.prototype.toJSON = function () {
      return DownlinkTxInfo.toObject(this, $protobuf.util.toJSONOptions);
    };

    return DownlinkTxInfo;
  })();

  return gw;
})());

export const google = ($root.google = (() => {
  /**
   * Namespace google.
   * @exports google
   * @namespace
   */
  const google = {};

  google.protobuf = (function () {
    /**
     * Namespace protobuf.
     * @memberof google
     * @namespace
     */
    const protobuf = {};

    protobuf.Timestamp = (function () {
      /**
       * Properties of a Timestamp.
       * @typedef {Object} google.protobuf.Timestamp.$Properties
       * @property {number|Long|null} [seconds] Timestamp seconds
       * @property {number|null} [nanos] Timestamp nanos
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */

      /**
       * Properties of a Timestamp.
       * @memberof google.protobuf
       * @interface ITimestamp
       * @augments google.protobuf.Timestamp.$Properties
       * @deprecated Use google.protobuf.Timestamp.$Properties instead.
       */

      /**
       * Shape of a Timestamp.
       * @typedef {google.protobuf.Timestamp.$Properties} google.protobuf.Timestamp.$Shape
       */

      /**
       * Constructs a new Timestamp.
       * @memberof google.protobuf
       * @classdesc Represents a Timestamp.
       * @constructor
       * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */
      const Timestamp = function (properties) {
        if (properties)
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
      };

      /**
       * Timestamp seconds.
       * @member {number|Long} seconds
       * @memberof google.protobuf.Timestamp
       * @instance
       */
      Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0, 0, false) : 0;

      /**
       * Timestamp nanos.
       * @member {number} nanos
       * @memberof google.protobuf.Timestamp
       * @instance
       */
      Timestamp.prototype.nanos = 0;

      /**
       * Creates a new Timestamp instance using the specified properties.
       * @function create
       * @memberof google.protobuf.Timestamp
       * @static
       * @param {google.protobuf.Timestamp.$Properties=} [properties] Properties to set
       * @returns {google.protobuf.Timestamp} Timestamp instance
       * @type {{
       *   (properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
       *   (properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
       * }}
       */
      Timestamp.create = function (properties) {
        return new Timestamp(properties);
      };

      /**
       * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
       * @function encode
       * @memberof google.protobuf.Timestamp
       * @static
       * @param {google.protobuf.Timestamp.$Properties} message Timestamp message or plain object to encode
       * @param {$protobuf.Writer} [writer] Writer to encode to
       * @returns {$protobuf.Writer} Writer
       */
      Timestamp.encode = function (message, writer, _depth) {
        if (!writer) writer = $Writer.create();
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        if (
          message.seconds != null &&
          $Object.hasOwnProperty.call(message, "seconds") &&
          (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0)
        )
          writer.uint32(/* id 1, wireType 0 =*/ 8).int64(message.seconds);
        if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
          writer.uint32(/* id 2, wireType 0 =*/ 16).int32(message.nanos);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
        return writer;
      };

      /**
       * Decodes a Timestamp message from the specified reader or buffer.
       * @function decode
       * @memberof google.protobuf.Timestamp
       * @static
       * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
       * @param {number} [length] Message length if known beforehand
       * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      Timestamp.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
        if (_depth === $undefined) _depth = 0;
        if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined) end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len) throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.google.protobuf.Timestamp();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch ((tag >>>= 3)) {
            case 1: {
              if (wireType !== 0) break;
              if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                message.seconds = value;
              else delete message.seconds;
              continue;
            }
            case 2: {
              if (wireType !== 0) break;
              if ((value = reader.int32())) message.nanos = value;
              else delete message.nanos;
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end) throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined) throw $Error("missing end group");
        return message;
      };

      /**
       * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
       * @function fromObject
       * @memberof google.protobuf.Timestamp
       * @static
       * @param {Object.<string,*>} object Plain object
       * @returns {google.protobuf.Timestamp} Timestamp
       */
      Timestamp.fromObject = function (object, _depth) {
        if (object instanceof $root.google.protobuf.Timestamp) return object;
        if (!$util.isObject(object)) throw $TypeError(".google.protobuf.Timestamp: object expected");
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let message = new $root.google.protobuf.Timestamp();
        if (object.seconds != null)
          if (
            typeof object.seconds === "object"
              ? object.seconds.low || object.seconds.high
              : $Number(object.seconds) !== 0
          )
            if ($util.Long) message.seconds = $util.Long.fromValue(object.seconds, false);
            else if (typeof object.seconds === "string") message.seconds = $parseInt(object.seconds, 10);
            else if (typeof object.seconds === "number") message.seconds = object.seconds;
            else if (typeof object.seconds === "object")
              message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
        if (object.nanos != null) if ($Number(object.nanos) !== 0) message.nanos = object.nanos | 0;
        return message;
      };

      /**
       * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
       * @function toObject
       * @memberof google.protobuf.Timestamp
       * @static
       * @param {google.protobuf.Timestamp} message Timestamp
       * @param {$protobuf.IConversionOptions} [options] Conversion options
       * @returns {Object.<string,*>} Plain object
       */
      Timestamp.toObject = function (message, options, _depth) {
        if (!options) options = {};
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let object = {};
        if (options.defaults) {
          if ($util.Long) {
            let long = new $util.Long(0, 0, false);
            object.seconds =
              options.longs === $String
                ? long.toString()
                : options.longs === $Number
                  ? long.toNumber()
                  : typeof $BigInt !== "undefined" && options.longs === $BigInt
                    ? long.toBigInt()
                    : long;
          } else
            object.seconds =
              options.longs === $String
                ? "0"
                : typeof $BigInt !== "undefined" && options.longs === $BigInt
                  ? $BigInt("0")
                  : 0;
          object.nanos = 0;
        }
        if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
          if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
            object.seconds =
              typeof message.seconds === "number"
                ? $BigInt(message.seconds)
                : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
          else if (typeof message.seconds === "number")
            object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
          else
            object.seconds =
              options.longs === $String
                ? $util.Long.prototype.toString.call(message.seconds)
                : options.longs === $Number
                  ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber()
                  : message.seconds;
        if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos")) object.nanos = message.nanos;
        return object;
      };

      /**
       * Converts this Timestamp to JSON.
       * @function toJSON
       * @memberof google.protobuf.Timestamp
       * @instance
       * @returns {Object.<string,*>} JSON object
       */
      Timestamp.prototype.toJSON = function () {
        return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
      };

      return Timestamp;
    })();

    protobuf.Struct = (function () {
      /**
       * Properties of a Struct.
       * @typedef {Object} google.protobuf.Struct.$Properties
       * @property {Object.<string,google.protobuf.Value.$Properties>|null} [fields] Struct fields
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */

      /**
       * Properties of a Struct.
       * @memberof google.protobuf
       * @interface IStruct
       * @augments google.protobuf.Struct.$Properties
       * @deprecated Use google.protobuf.Struct.$Properties instead.
       */

      /**
       * Shape of a Struct.
       * @typedef {{
       *   fields?: Object.<string,google.protobuf.Value.$Shape>|null;
       *   $unknowns?: Array.<Uint8Array>;
       * }} google.protobuf.Struct.$Shape
       */

      /**
       * Constructs a new Struct.
       * @memberof google.protobuf
       * @classdesc Represents a Struct.
       * @constructor
       * @param {google.protobuf.Struct.$Properties=} [properties] Properties to set
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */
      const Struct = function (properties) {
        this.fields = {};
        if (properties)
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
      };

      /**
       * Struct fields.
       * @member {Object.<string,google.protobuf.Value.$Properties>} fields
       * @memberof google.protobuf.Struct
       * @instance
       */
      Struct.prototype.fields = $util.emptyObject;

      /**
       * Creates a new Struct instance using the specified properties.
       * @function create
       * @memberof google.protobuf.Struct
       * @static
       * @param {google.protobuf.Struct.$Properties=} [properties] Properties to set
       * @returns {google.protobuf.Struct} Struct instance
       * @type {{
       *   (properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
       *   (properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;
       * }}
       */
      Struct.create = function (properties) {
        return new Struct(properties);
      };

      /**
       * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
       * @function encode
       * @memberof google.protobuf.Struct
       * @static
       * @param {google.protobuf.Struct.$Properties} message Struct message or plain object to encode
       * @param {$protobuf.Writer} [writer] Writer to encode to
       * @returns {$protobuf.Writer} Writer
       */
      Struct.encode = function (message, writer, _depth) {
        if (!writer) writer = $Writer.create();
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        if (message.fields != null && $Object.hasOwnProperty.call(message, "fields"))
          for (let keys = $Object.keys(message.fields), i = 0; i < keys.length; ++i) {
            writer.uint32(/* id 1, wireType 2 =*/ 10).fork().uint32(/* id 1, wireType 2 =*/ 10).string(keys[i]);
            $root.google.protobuf.Value.encode(
              message.fields[keys[i]],
              writer.uint32(/* id 2, wireType 2 =*/ 18).fork(),
              _depth + 1,
            )
              .ldelim()
              .ldelim();
          }
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
        return writer;
      };

      /**
       * Decodes a Struct message from the specified reader or buffer.
       * @function decode
       * @memberof google.protobuf.Struct
       * @static
       * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
       * @param {number} [length] Message length if known beforehand
       * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      Struct.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
        if (_depth === $undefined) _depth = 0;
        if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
        let end, message, key, value;
        if (length === $undefined) end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len) throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.google.protobuf.Struct();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch ((tag >>>= 3)) {
            case 1: {
              if (wireType !== 2) break;
              if (message.fields === $util.emptyObject) message.fields = {};
              let end2 = reader.size() + reader.pos;
              if (end2 > reader.len) throw $RangeError("index out of range");
              reader.len = end2;
              key = "";
              value = null;
              while (reader.pos < end2) {
                let tag2 = reader.tag();
                wireType = tag2 & 7;
                switch ((tag2 >>>= 3)) {
                  case 1:
                    if (wireType !== 2) break;
                    key = reader.stringVerify();
                    continue;
                  case 2:
                    if (wireType !== 2) break;
                    value = $root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1, value);
                    continue;
                }
                reader.skipType(wireType, _depth, tag2);
              }
              if (reader.pos !== end2) throw $RangeError("index out of range");
              reader.len = end;
              if (key === "__proto__") $util.makeProp(message.fields, key);
              message.fields[key] = value || new $root.google.protobuf.Value();
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end) throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined) throw $Error("missing end group");
        return message;
      };

      /**
       * Creates a Struct message from a plain object. Also converts values to their respective internal types.
       * @function fromObject
       * @memberof google.protobuf.Struct
       * @static
       * @param {Object.<string,*>} object Plain object
       * @returns {google.protobuf.Struct} Struct
       */
      Struct.fromObject = function (object, _depth) {
        if (object instanceof $root.google.protobuf.Struct) return object;
        if (!$util.isObject(object)) throw $TypeError(".google.protobuf.Struct: object expected");
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let message = new $root.google.protobuf.Struct();
        if (object.fields) {
          if (!$util.isObject(object.fields)) throw $TypeError(".google.protobuf.Struct.fields: object expected");
          message.fields = {};
          for (let keys = $Object.keys(object.fields), i = 0; i < keys.length; ++i) {
            if (keys[i] === "__proto__") $util.makeProp(message.fields, keys[i]);
            if (!$util.isObject(object.fields[keys[i]]))
              throw $TypeError(".google.protobuf.Struct.fields: object expected");
            message.fields[keys[i]] = $root.google.protobuf.Value.fromObject(object.fields[keys[i]], _depth + 1);
          }
        }
        return message;
      };

      /**
       * Creates a plain object from a Struct message. Also converts values to other types if specified.
       * @function toObject
       * @memberof google.protobuf.Struct
       * @static
       * @param {google.protobuf.Struct} message Struct
       * @param {$protobuf.IConversionOptions} [options] Conversion options
       * @returns {Object.<string,*>} Plain object
       */
      Struct.toObject = function (message, options, _depth) {
        if (!options) options = {};
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let object = {};
        if (options.objects || options.defaults) object.fields = {};
        let keys2;
        if (message.fields && (keys2 = $Object.keys(message.fields)).length) {
          object.fields = {};
          for (let j = 0; j < keys2.length; ++j) {
            if (keys2[j] === "__proto__") $util.makeProp(object.fields, keys2[j]);
            object.fields[keys2[j]] = $root.google.protobuf.Value.toObject(
              message.fields[keys2[j]],
              options,
              _depth + 1,
            );
          }
        }
        return object;
      };

      /**
       * Converts this Struct to JSON.
       * @function toJSON
       * @memberof google.protobuf.Struct
       * @instance
       * @returns {Object.<string,*>} JSON object
       */
      Struct.prototype.toJSON = function () {
        return Struct.toObject(this, $protobuf.util.toJSONOptions);
      };

      return Struct;
    })();

    protobuf.Value = (function () {
      /**
       * Properties of a Value.
       * @typedef {Object} google.protobuf.Value.$Properties
       * @property {google.protobuf.NullValue|null} [nullValue] Value nullValue
       * @property {number|null} [numberValue] Value numberValue
       * @property {string|null} [stringValue] Value stringValue
       * @property {boolean|null} [boolValue] Value boolValue
       * @property {google.protobuf.Struct.$Properties|null} [structValue] Value structValue
       * @property {google.protobuf.ListValue.$Properties|null} [listValue] Value listValue
       * @property {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"} [kind] Value kind
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */

      /**
       * Properties of a Value.
       * @memberof google.protobuf
       * @interface IValue
       * @augments google.protobuf.Value.$Properties
       * @deprecated Use google.protobuf.Value.$Properties instead.
       */

      /**
       * Narrowed shape of a Value.
       * @typedef {{
       *   nullValue?: google.protobuf.NullValue|null;
       *   numberValue?: number|null;
       *   stringValue?: string|null;
       *   boolValue?: boolean|null;
       *   structValue?: google.protobuf.Struct.$Shape|null;
       *   listValue?: google.protobuf.ListValue.$Shape|null;
       *   $unknowns?: Array.<Uint8Array>;
       * } & (
       *   ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
       * )} google.protobuf.Value.$Shape
       */

      /**
       * Constructs a new Value.
       * @memberof google.protobuf
       * @classdesc Represents a Value.
       * @constructor
       * @param {google.protobuf.Value.$Properties=} [properties] Properties to set
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */
      const Value = function (properties) {
        if (properties)
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
      };

      /**
       * Value nullValue.
       * @member {google.protobuf.NullValue|null|undefined} nullValue
       * @memberof google.protobuf.Value
       * @instance
       */
      Value.prototype.nullValue = null;

      /**
       * Value numberValue.
       * @member {number|null|undefined} numberValue
       * @memberof google.protobuf.Value
       * @instance
       */
      Value.prototype.numberValue = null;

      /**
       * Value stringValue.
       * @member {string|null|undefined} stringValue
       * @memberof google.protobuf.Value
       * @instance
       */
      Value.prototype.stringValue = null;

      /**
       * Value boolValue.
       * @member {boolean|null|undefined} boolValue
       * @memberof google.protobuf.Value
       * @instance
       */
      Value.prototype.boolValue = null;

      /**
       * Value structValue.
       * @member {google.protobuf.Struct.$Properties|null|undefined} structValue
       * @memberof google.protobuf.Value
       * @instance
       */
      Value.prototype.structValue = null;

      /**
       * Value listValue.
       * @member {google.protobuf.ListValue.$Properties|null|undefined} listValue
       * @memberof google.protobuf.Value
       * @instance
       */
      Value.prototype.listValue = null;

      // OneOf field names bound to virtual getters and setters
      let $oneOfFields;

      /**
       * Value kind.
       * @member {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"|undefined} kind
       * @memberof google.protobuf.Value
       * @instance
       */
      $Object.defineProperty(Value.prototype, "kind", {
        get: $util.oneOfGetter(
          ($oneOfFields = ["nullValue", "numberValue", "stringValue", "boolValue", "structValue", "listValue"]),
        ),
        set: $util.oneOfSetter($oneOfFields),
      });

      /**
       * Creates a new Value instance using the specified properties.
       * @function create
       * @memberof google.protobuf.Value
       * @static
       * @param {google.protobuf.Value.$Properties=} [properties] Properties to set
       * @returns {google.protobuf.Value} Value instance
       * @type {{
       *   (properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
       *   (properties?: google.protobuf.Value.$Properties): google.protobuf.Value;
       * }}
       */
      Value.create = function (properties) {
        return new Value(properties);
      };

      /**
       * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
       * @function encode
       * @memberof google.protobuf.Value
       * @static
       * @param {google.protobuf.Value.$Properties} message Value message or plain object to encode
       * @param {$protobuf.Writer} [writer] Writer to encode to
       * @returns {$protobuf.Writer} Writer
       */
      Value.encode = function (message, writer, _depth) {
        if (!writer) writer = $Writer.create();
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue"))
          writer.uint32(/* id 1, wireType 0 =*/ 8).int32(message.nullValue);
        if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue"))
          writer.uint32(/* id 2, wireType 1 =*/ 17).double(message.numberValue);
        if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
          writer.uint32(/* id 3, wireType 2 =*/ 26).string(message.stringValue);
        if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue"))
          writer.uint32(/* id 4, wireType 0 =*/ 32).bool(message.boolValue);
        if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue"))
          $root.google.protobuf.Struct.encode(
            message.structValue,
            writer.uint32(/* id 5, wireType 2 =*/ 42).fork(),
            _depth + 1,
          ).ldelim();
        if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue"))
          $root.google.protobuf.ListValue.encode(
            message.listValue,
            writer.uint32(/* id 6, wireType 2 =*/ 50).fork(),
            _depth + 1,
          ).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
        return writer;
      };

      /**
       * Decodes a Value message from the specified reader or buffer.
       * @function decode
       * @memberof google.protobuf.Value
       * @static
       * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
       * @param {number} [length] Message length if known beforehand
       * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      Value.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
        if (_depth === $undefined) _depth = 0;
        if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined) end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len) throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.google.protobuf.Value();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch ((tag >>>= 3)) {
            case 1: {
              if (wireType !== 0) break;
              message.nullValue = reader.int32();
              message.kind = "nullValue";
              continue;
            }
            case 2: {
              if (wireType !== 1) break;
              message.numberValue = reader.double();
              message.kind = "numberValue";
              continue;
            }
            case 3: {
              if (wireType !== 2) break;
              message.stringValue = reader.stringVerify();
              message.kind = "stringValue";
              continue;
            }
            case 4: {
              if (wireType !== 0) break;
              message.boolValue = reader.bool();
              message.kind = "boolValue";
              continue;
            }
            case 5: {
              if (wireType !== 2) break;
              message.structValue = $root.google.protobuf.Struct.decode(
                reader,
                reader.size(),
                $undefined,
                _depth + 1,
                message.structValue,
              );
              message.kind = "structValue";
              continue;
            }
            case 6: {
              if (wireType !== 2) break;
              message.listValue = $root.google.protobuf.ListValue.decode(
                reader,
                reader.size(),
                $undefined,
                _depth + 1,
                message.listValue,
              );
              message.kind = "listValue";
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end) throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined) throw $Error("missing end group");
        return message;
      };

      /**
       * Creates a Value message from a plain object. Also converts values to their respective internal types.
       * @function fromObject
       * @memberof google.protobuf.Value
       * @static
       * @param {Object.<string,*>} object Plain object
       * @returns {google.protobuf.Value} Value
       */
      Value.fromObject = function (object, _depth) {
        if (object instanceof $root.google.protobuf.Value) return object;
        if (!$util.isObject(object)) throw $TypeError(".google.protobuf.Value: object expected");
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let message = new $root.google.protobuf.Value();
        switch (object.nullValue) {
          case "NULL_VALUE":
          case 0:
            message.nullValue = 0;
            break;
          default:
            if (typeof object.nullValue === "number" && (object.nullValue | 0) === object.nullValue)
              message.nullValue = object.nullValue;
        }
        if (object.numberValue != null) message.numberValue = $Number(object.numberValue);
        if (object.stringValue != null) message.stringValue = $String(object.stringValue);
        if (object.boolValue != null) message.boolValue = $Boolean(object.boolValue);
        if (object.structValue != null) {
          if (!$util.isObject(object.structValue))
            throw $TypeError(".google.protobuf.Value.structValue: object expected");
          message.structValue = $root.google.protobuf.Struct.fromObject(object.structValue, _depth + 1);
        }
        if (object.listValue != null) {
          if (!$util.isObject(object.listValue)) throw $TypeError(".google.protobuf.Value.listValue: object expected");
          message.listValue = $root.google.protobuf.ListValue.fromObject(object.listValue, _depth + 1);
        }
        return message;
      };

      /**
       * Creates a plain object from a Value message. Also converts values to other types if specified.
       * @function toObject
       * @memberof google.protobuf.Value
       * @static
       * @param {google.protobuf.Value} message Value
       * @param {$protobuf.IConversionOptions} [options] Conversion options
       * @returns {Object.<string,*>} Plain object
       */
      Value.toObject = function (message, options, _depth) {
        if (!options) options = {};
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let object = {};
        if (message.nullValue != null && $Object.hasOwnProperty.call(message, "nullValue")) {
          object.nullValue =
            options.enums === $String
              ? $root.google.protobuf.NullValue[message.nullValue] === $undefined
                ? message.nullValue
                : $root.google.protobuf.NullValue[message.nullValue]
              : message.nullValue;
          if (options.oneofs) object.kind = "nullValue";
        }
        if (message.numberValue != null && $Object.hasOwnProperty.call(message, "numberValue")) {
          object.numberValue =
            options.json && !$isFinite(message.numberValue) ? $String(message.numberValue) : message.numberValue;
          if (options.oneofs) object.kind = "numberValue";
        }
        if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
          object.stringValue = message.stringValue;
          if (options.oneofs) object.kind = "stringValue";
        }
        if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
          object.boolValue = message.boolValue;
          if (options.oneofs) object.kind = "boolValue";
        }
        if (message.structValue != null && $Object.hasOwnProperty.call(message, "structValue")) {
          object.structValue = $root.google.protobuf.Struct.toObject(message.structValue, options, _depth + 1);
          if (options.oneofs) object.kind = "structValue";
        }
        if (message.listValue != null && $Object.hasOwnProperty.call(message, "listValue")) {
          object.listValue = $root.google.protobuf.ListValue.toObject(message.listValue, options, _depth + 1);
          if (options.oneofs) object.kind = "listValue";
        }
        return object;
      };

      /**
       * Converts this Value to JSON.
       * @function toJSON
       * @memberof google.protobuf.Value
       * @instance
       * @returns {Object.<string,*>} JSON object
       */
      Value.prototype.toJSON = function () {
        return Value.toObject(this, $protobuf.util.toJSONOptions);
      };

      return Value;
    })();

    /**
     * NullValue enum.
     * @name google.protobuf.NullValue
     * @enum {number}
     * @property {number} NULL_VALUE=0 NULL_VALUE value
     */
    protobuf.NullValue = (function () {
      const valuesById = $Object.create(null),
        values = $Object.create(valuesById);
      values[(valuesById[0] = "NULL_VALUE")] = 0;
      return values;
    })();

    protobuf.ListValue = (function () {
      /**
       * Properties of a ListValue.
       * @typedef {Object} google.protobuf.ListValue.$Properties
       * @property {Array.<google.protobuf.Value.$Properties>|null} [values] ListValue values
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */

      /**
       * Properties of a ListValue.
       * @memberof google.protobuf
       * @interface IListValue
       * @augments google.protobuf.ListValue.$Properties
       * @deprecated Use google.protobuf.ListValue.$Properties instead.
       */

      /**
       * Shape of a ListValue.
       * @typedef {{
       *   values?: Array.<google.protobuf.Value.$Shape>|null;
       *   $unknowns?: Array.<Uint8Array>;
       * }} google.protobuf.ListValue.$Shape
       */

      /**
       * Constructs a new ListValue.
       * @memberof google.protobuf
       * @classdesc Represents a ListValue.
       * @constructor
       * @param {google.protobuf.ListValue.$Properties=} [properties] Properties to set
       * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
       */
      const ListValue = function (properties) {
        this.values = [];
        if (properties)
          for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
            if (properties[keys[i]] != null && keys[i] !== "__proto__") this[keys[i]] = properties[keys[i]];
      };

      /**
       * ListValue values.
       * @member {Array.<google.protobuf.Value.$Properties>} values
       * @memberof google.protobuf.ListValue
       * @instance
       */
      ListValue.prototype.values = $util.emptyArray;

      /**
       * Creates a new ListValue instance using the specified properties.
       * @function create
       * @memberof google.protobuf.ListValue
       * @static
       * @param {google.protobuf.ListValue.$Properties=} [properties] Properties to set
       * @returns {google.protobuf.ListValue} ListValue instance
       * @type {{
       *   (properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
       *   (properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;
       * }}
       */
      ListValue.create = function (properties) {
        return new ListValue(properties);
      };

      /**
       * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
       * @function encode
       * @memberof google.protobuf.ListValue
       * @static
       * @param {google.protobuf.ListValue.$Properties} message ListValue message or plain object to encode
       * @param {$protobuf.Writer} [writer] Writer to encode to
       * @returns {$protobuf.Writer} Writer
       */
      ListValue.encode = function (message, writer, _depth) {
        if (!writer) writer = $Writer.create();
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        if (message.values != null && message.values.length)
          for (let i = 0; i < message.values.length; ++i)
            $root.google.protobuf.Value.encode(
              message.values[i],
              writer.uint32(/* id 1, wireType 2 =*/ 10).fork(),
              _depth + 1,
            ).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
          for (let i = 0; i < message.$unknowns.length; ++i) writer.raw(message.$unknowns[i]);
        return writer;
      };

      /**
       * Decodes a ListValue message from the specified reader or buffer.
       * @function decode
       * @memberof google.protobuf.ListValue
       * @static
       * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
       * @param {number} [length] Message length if known beforehand
       * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      ListValue.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader)) reader = $Reader.create(reader);
        if (_depth === $undefined) _depth = 0;
        if (_depth > $Reader.recursionLimit) throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined) end = reader.len;
        else {
          end = reader.pos + length;
          if (end > reader.len) throw $RangeError("index out of range");
          length = reader.len;
          reader.len = end;
        }
        message = _target || new $root.google.protobuf.ListValue();
        while (reader.pos < end) {
          let start = reader.pos;
          let tag = reader.tag();
          if (tag === _end) {
            _end = $undefined;
            break;
          }
          let wireType = tag & 7;
          switch ((tag >>>= 3)) {
            case 1: {
              if (wireType !== 2) break;
              if (!(message.values && message.values.length)) message.values = [];
              message.values.push($root.google.protobuf.Value.decode(reader, reader.size(), $undefined, _depth + 1));
              continue;
            }
          }
          reader.skipType(wireType, _depth, tag);
          if (!reader.discardUnknown) {
            $util.makeProp(message, "$unknowns", false);
            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
          }
        }
        if (length !== $undefined) {
          if (reader.pos !== end) throw $RangeError("index out of range");
          reader.len = length;
        }
        if (_end !== $undefined) throw $Error("missing end group");
        return message;
      };

      /**
       * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
       * @function fromObject
       * @memberof google.protobuf.ListValue
       * @static
       * @param {Object.<string,*>} object Plain object
       * @returns {google.protobuf.ListValue} ListValue
       */
      ListValue.fromObject = function (object, _depth) {
        if (object instanceof $root.google.protobuf.ListValue) return object;
        if (!$util.isObject(object)) throw $TypeError(".google.protobuf.ListValue: object expected");
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let message = new $root.google.protobuf.ListValue();
        if (object.values) {
          if (!$Array.isArray(object.values)) throw $TypeError(".google.protobuf.ListValue.values: array expected");
          message.values = $Array(object.values.length);
          for (let i = 0; i < object.values.length; ++i) {
            if (!$util.isObject(object.values[i]))
              throw $TypeError(".google.protobuf.ListValue.values: object expected");
            message.values[i] = $root.google.protobuf.Value.fromObject(object.values[i], _depth + 1);
          }
        }
        return message;
      };

      /**
       * Creates a plain object from a ListValue message. Also converts values to other types if specified.
       * @function toObject
       * @memberof google.protobuf.ListValue
       * @static
       * @param {google.protobuf.ListValue} message ListValue
       * @param {$protobuf.IConversionOptions} [options] Conversion options
       * @returns {Object.<string,*>} Plain object
       */
      ListValue.toObject = function (message, options, _depth) {
        if (!options) options = {};
        if (_depth === $undefined) _depth = 0;
        if (_depth > $util.recursionLimit) throw $Error("max depth exceeded");
        let object = {};
        if (options.arrays || options.defaults) object.values = [];
        if (message.values && message.values.length) {
          object.values = $Array(message.values.length);
          for (let j = 0; j < message.values.length; ++j)
            object.values[j] = $root.google.protobuf.Value.toObject(message.values[j], options, _depth + 1);
        }
        return object;
      };

      /**
       * Converts this ListValue to JSON.
       * @function toJSON
       * @memberof google.protobuf.ListValue
       * @instance
       * @returns {Object.<string,*>} JSON object
       */
      ListValue.prototype.toJSON = function () {
        return ListValue.toObject(this, $protobuf.util.toJSONOptions);
      };

      return ListValue;
    })();

    return protobuf;
  })();

  return google;
})());

export { $root as default };
