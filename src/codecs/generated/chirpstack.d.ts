import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace integration. */
export namespace integration {
  /** LogLevel enum. */
  enum LogLevel {
    /** INFO value */
    INFO = 0,

    /** WARNING value */
    WARNING = 1,

    /** ERROR value */
    ERROR = 2,
  }

  /** LogCode enum. */
  enum LogCode {
    /** UNKNOWN value */
    UNKNOWN = 0,

    /** DOWNLINK_PAYLOAD_SIZE value */
    DOWNLINK_PAYLOAD_SIZE = 1,

    /** UPLINK_CODEC value */
    UPLINK_CODEC = 2,

    /** DOWNLINK_CODEC value */
    DOWNLINK_CODEC = 3,

    /** OTAA value */
    OTAA = 4,

    /** UPLINK_F_CNT_RESET value */
    UPLINK_F_CNT_RESET = 5,

    /** UPLINK_MIC value */
    UPLINK_MIC = 6,

    /** UPLINK_F_CNT_RETRANSMISSION value */
    UPLINK_F_CNT_RETRANSMISSION = 7,

    /** DOWNLINK_GATEWAY value */
    DOWNLINK_GATEWAY = 8,

    /** RELAY_NEW_END_DEVICE value */
    RELAY_NEW_END_DEVICE = 9,

    /** F_CNT_DOWN value */
    F_CNT_DOWN = 10,

    /** EXPIRED value */
    EXPIRED = 11,
  }

  /**
   * Properties of a DeviceInfo.
   * @deprecated Use integration.DeviceInfo.$Properties instead.
   */
  interface IDeviceInfo extends integration.DeviceInfo.$Properties {}

  /** Represents a DeviceInfo. */
  class DeviceInfo {
    /**
     * Constructs a new DeviceInfo.
     * @param [properties] Properties to set
     */
    constructor(properties?: integration.DeviceInfo.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** DeviceInfo tenantId. */
    tenantId: string;

    /** DeviceInfo tenantName. */
    tenantName: string;

    /** DeviceInfo applicationId. */
    applicationId: string;

    /** DeviceInfo applicationName. */
    applicationName: string;

    /** DeviceInfo deviceProfileId. */
    deviceProfileId: string;

    /** DeviceInfo deviceProfileName. */
    deviceProfileName: string;

    /** DeviceInfo deviceName. */
    deviceName: string;

    /** DeviceInfo devEui. */
    devEui: string;

    /** DeviceInfo tags. */
    tags: { [k: string]: string };

    /** DeviceInfo deviceClassEnabled. */
    deviceClassEnabled: common.DeviceClass;

    /**
     * Creates a new DeviceInfo instance using the specified properties.
     * @param [properties] Properties to set
     * @returns DeviceInfo instance
     */
    static create(properties: integration.DeviceInfo.$Shape): integration.DeviceInfo & integration.DeviceInfo.$Shape;
    static create(properties?: integration.DeviceInfo.$Properties): integration.DeviceInfo;

    /**
     * Encodes the specified DeviceInfo message. Does not implicitly {@link integration.DeviceInfo.verify|verify} messages.
     * @param message DeviceInfo message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: integration.DeviceInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a DeviceInfo message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {integration.DeviceInfo & integration.DeviceInfo.$Shape} DeviceInfo
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(
      reader: $protobuf.Reader | Uint8Array,
      length?: number,
    ): integration.DeviceInfo & integration.DeviceInfo.$Shape;

    /**
     * Creates a DeviceInfo message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns DeviceInfo
     */
    static fromObject(object: { [k: string]: any }): integration.DeviceInfo;

    /**
     * Creates a plain object from a DeviceInfo message. Also converts values to other types if specified.
     * @param message DeviceInfo
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: integration.DeviceInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this DeviceInfo to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace DeviceInfo {
    /** Properties of a DeviceInfo. */
    interface $Properties {
      /** DeviceInfo tenantId */
      tenantId?: string | null;

      /** DeviceInfo tenantName */
      tenantName?: string | null;

      /** DeviceInfo applicationId */
      applicationId?: string | null;

      /** DeviceInfo applicationName */
      applicationName?: string | null;

      /** DeviceInfo deviceProfileId */
      deviceProfileId?: string | null;

      /** DeviceInfo deviceProfileName */
      deviceProfileName?: string | null;

      /** DeviceInfo deviceName */
      deviceName?: string | null;

      /** DeviceInfo devEui */
      devEui?: string | null;

      /** DeviceInfo tags */
      tags?: { [k: string]: string } | null;

      /** DeviceInfo deviceClassEnabled */
      deviceClassEnabled?: common.DeviceClass | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of a DeviceInfo. */
    type $Shape = integration.DeviceInfo.$Properties;
  }

  /**
   * Properties of an UplinkEvent.
   * @deprecated Use integration.UplinkEvent.$Properties instead.
   */
  interface IUplinkEvent extends integration.UplinkEvent.$Properties {}

  /** Represents an UplinkEvent. */
  class UplinkEvent {
    /**
     * Constructs a new UplinkEvent.
     * @param [properties] Properties to set
     */
    constructor(properties?: integration.UplinkEvent.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** UplinkEvent deduplicationId. */
    deduplicationId: string;

    /** UplinkEvent time. */
    time?: google.protobuf.Timestamp.$Properties | null;

    /** UplinkEvent deviceInfo. */
    deviceInfo?: integration.DeviceInfo.$Properties | null;

    /** UplinkEvent devAddr. */
    devAddr: string;

    /** UplinkEvent adr. */
    adr: boolean;

    /** UplinkEvent dr. */
    dr: number;

    /** UplinkEvent fCnt. */
    fCnt: number;

    /** UplinkEvent fPort. */
    fPort: number;

    /** UplinkEvent confirmed. */
    confirmed: boolean;

    /** UplinkEvent data. */
    data: Uint8Array;

    /** UplinkEvent object. */
    object?: google.protobuf.Struct.$Properties | null;

    /** UplinkEvent rxInfo. */
    rxInfo: gw.UplinkRxInfo.$Properties[];

    /** UplinkEvent txInfo. */
    txInfo?: gw.UplinkTxInfo.$Properties | null;

    /** UplinkEvent regionConfigId. */
    regionConfigId: string;

    /**
     * Creates a new UplinkEvent instance using the specified properties.
     * @param [properties] Properties to set
     * @returns UplinkEvent instance
     */
    static create(properties: integration.UplinkEvent.$Shape): integration.UplinkEvent & integration.UplinkEvent.$Shape;
    static create(properties?: integration.UplinkEvent.$Properties): integration.UplinkEvent;

    /**
     * Encodes the specified UplinkEvent message. Does not implicitly {@link integration.UplinkEvent.verify|verify} messages.
     * @param message UplinkEvent message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: integration.UplinkEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an UplinkEvent message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {integration.UplinkEvent & integration.UplinkEvent.$Shape} UplinkEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(
      reader: $protobuf.Reader | Uint8Array,
      length?: number,
    ): integration.UplinkEvent & integration.UplinkEvent.$Shape;

    /**
     * Creates an UplinkEvent message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns UplinkEvent
     */
    static fromObject(object: { [k: string]: any }): integration.UplinkEvent;

    /**
     * Creates a plain object from an UplinkEvent message. Also converts values to other types if specified.
     * @param message UplinkEvent
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: integration.UplinkEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this UplinkEvent to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace UplinkEvent {
    /** Properties of an UplinkEvent. */
    interface $Properties {
      /** UplinkEvent deduplicationId */
      deduplicationId?: string | null;

      /** UplinkEvent time */
      time?: google.protobuf.Timestamp.$Properties | null;

      /** UplinkEvent deviceInfo */
      deviceInfo?: integration.DeviceInfo.$Properties | null;

      /** UplinkEvent devAddr */
      devAddr?: string | null;

      /** UplinkEvent adr */
      adr?: boolean | null;

      /** UplinkEvent dr */
      dr?: number | null;

      /** UplinkEvent fCnt */
      fCnt?: number | null;

      /** UplinkEvent fPort */
      fPort?: number | null;

      /** UplinkEvent confirmed */
      confirmed?: boolean | null;

      /** UplinkEvent data */
      data?: Uint8Array | null;

      /** UplinkEvent object */
      object?: google.protobuf.Struct.$Properties | null;

      /** UplinkEvent rxInfo */
      rxInfo?: gw.UplinkRxInfo.$Properties[] | null;

      /** UplinkEvent txInfo */
      txInfo?: gw.UplinkTxInfo.$Properties | null;

      /** UplinkEvent regionConfigId */
      regionConfigId?: string | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of an UplinkEvent. */
    type $Shape = {
      deduplicationId?: string | null;
      time?: google.protobuf.Timestamp.$Shape | null;
      deviceInfo?: integration.DeviceInfo.$Shape | null;
      devAddr?: string | null;
      adr?: boolean | null;
      dr?: number | null;
      fCnt?: number | null;
      fPort?: number | null;
      confirmed?: boolean | null;
      data?: Uint8Array | null;
      object?: google.protobuf.Struct.$Shape | null;
      rxInfo?: gw.UplinkRxInfo.$Shape[] | null;
      txInfo?: gw.UplinkTxInfo.$Shape | null;
      regionConfigId?: string | null;
      $unknowns?: Uint8Array[];
    };
  }

  /**
   * Properties of a JoinEvent.
   * @deprecated Use integration.JoinEvent.$Properties instead.
   */
  interface IJoinEvent extends integration.JoinEvent.$Properties {}

  /** Represents a JoinEvent. */
  class JoinEvent {
    /**
     * Constructs a new JoinEvent.
     * @param [properties] Properties to set
     */
    constructor(properties?: integration.JoinEvent.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** JoinEvent deduplicationId. */
    deduplicationId: string;

    /** JoinEvent time. */
    time?: google.protobuf.Timestamp.$Properties | null;

    /** JoinEvent deviceInfo. */
    deviceInfo?: integration.DeviceInfo.$Properties | null;

    /** JoinEvent devAddr. */
    devAddr: string;

    /** JoinEvent regionConfigId. */
    regionConfigId: string;

    /**
     * Creates a new JoinEvent instance using the specified properties.
     * @param [properties] Properties to set
     * @returns JoinEvent instance
     */
    static create(properties: integration.JoinEvent.$Shape): integration.JoinEvent & integration.JoinEvent.$Shape;
    static create(properties?: integration.JoinEvent.$Properties): integration.JoinEvent;

    /**
     * Encodes the specified JoinEvent message. Does not implicitly {@link integration.JoinEvent.verify|verify} messages.
     * @param message JoinEvent message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: integration.JoinEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a JoinEvent message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {integration.JoinEvent & integration.JoinEvent.$Shape} JoinEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(
      reader: $protobuf.Reader | Uint8Array,
      length?: number,
    ): integration.JoinEvent & integration.JoinEvent.$Shape;

    /**
     * Creates a JoinEvent message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns JoinEvent
     */
    static fromObject(object: { [k: string]: any }): integration.JoinEvent;

    /**
     * Creates a plain object from a JoinEvent message. Also converts values to other types if specified.
     * @param message JoinEvent
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: integration.JoinEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this JoinEvent to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace JoinEvent {
    /** Properties of a JoinEvent. */
    interface $Properties {
      /** JoinEvent deduplicationId */
      deduplicationId?: string | null;

      /** JoinEvent time */
      time?: google.protobuf.Timestamp.$Properties | null;

      /** JoinEvent deviceInfo */
      deviceInfo?: integration.DeviceInfo.$Properties | null;

      /** JoinEvent devAddr */
      devAddr?: string | null;

      /** JoinEvent regionConfigId */
      regionConfigId?: string | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of a JoinEvent. */
    type $Shape = integration.JoinEvent.$Properties;
  }

  /**
   * Properties of an AckEvent.
   * @deprecated Use integration.AckEvent.$Properties instead.
   */
  interface IAckEvent extends integration.AckEvent.$Properties {}

  /** Represents an AckEvent. */
  class AckEvent {
    /**
     * Constructs a new AckEvent.
     * @param [properties] Properties to set
     */
    constructor(properties?: integration.AckEvent.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** AckEvent deduplicationId. */
    deduplicationId: string;

    /** AckEvent time. */
    time?: google.protobuf.Timestamp.$Properties | null;

    /** AckEvent deviceInfo. */
    deviceInfo?: integration.DeviceInfo.$Properties | null;

    /** AckEvent queueItemId. */
    queueItemId: string;

    /** AckEvent acknowledged. */
    acknowledged: boolean;

    /** AckEvent fCntDown. */
    fCntDown: number;

    /**
     * Creates a new AckEvent instance using the specified properties.
     * @param [properties] Properties to set
     * @returns AckEvent instance
     */
    static create(properties: integration.AckEvent.$Shape): integration.AckEvent & integration.AckEvent.$Shape;
    static create(properties?: integration.AckEvent.$Properties): integration.AckEvent;

    /**
     * Encodes the specified AckEvent message. Does not implicitly {@link integration.AckEvent.verify|verify} messages.
     * @param message AckEvent message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: integration.AckEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an AckEvent message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {integration.AckEvent & integration.AckEvent.$Shape} AckEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(
      reader: $protobuf.Reader | Uint8Array,
      length?: number,
    ): integration.AckEvent & integration.AckEvent.$Shape;

    /**
     * Creates an AckEvent message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns AckEvent
     */
    static fromObject(object: { [k: string]: any }): integration.AckEvent;

    /**
     * Creates a plain object from an AckEvent message. Also converts values to other types if specified.
     * @param message AckEvent
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: integration.AckEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this AckEvent to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace AckEvent {
    /** Properties of an AckEvent. */
    interface $Properties {
      /** AckEvent deduplicationId */
      deduplicationId?: string | null;

      /** AckEvent time */
      time?: google.protobuf.Timestamp.$Properties | null;

      /** AckEvent deviceInfo */
      deviceInfo?: integration.DeviceInfo.$Properties | null;

      /** AckEvent queueItemId */
      queueItemId?: string | null;

      /** AckEvent acknowledged */
      acknowledged?: boolean | null;

      /** AckEvent fCntDown */
      fCntDown?: number | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of an AckEvent. */
    type $Shape = integration.AckEvent.$Properties;
  }

  /**
   * Properties of a TxAckEvent.
   * @deprecated Use integration.TxAckEvent.$Properties instead.
   */
  interface ITxAckEvent extends integration.TxAckEvent.$Properties {}

  /** Represents a TxAckEvent. */
  class TxAckEvent {
    /**
     * Constructs a new TxAckEvent.
     * @param [properties] Properties to set
     */
    constructor(properties?: integration.TxAckEvent.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** TxAckEvent downlinkId. */
    downlinkId: number;

    /** TxAckEvent time. */
    time?: google.protobuf.Timestamp.$Properties | null;

    /** TxAckEvent deviceInfo. */
    deviceInfo?: integration.DeviceInfo.$Properties | null;

    /** TxAckEvent queueItemId. */
    queueItemId: string;

    /** TxAckEvent fCntDown. */
    fCntDown: number;

    /** TxAckEvent gatewayId. */
    gatewayId: string;

    /** TxAckEvent txInfo. */
    txInfo?: gw.DownlinkTxInfo.$Properties | null;

    /**
     * Creates a new TxAckEvent instance using the specified properties.
     * @param [properties] Properties to set
     * @returns TxAckEvent instance
     */
    static create(properties: integration.TxAckEvent.$Shape): integration.TxAckEvent & integration.TxAckEvent.$Shape;
    static create(properties?: integration.TxAckEvent.$Properties): integration.TxAckEvent;

    /**
     * Encodes the specified TxAckEvent message. Does not implicitly {@link integration.TxAckEvent.verify|verify} messages.
     * @param message TxAckEvent message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: integration.TxAckEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a TxAckEvent message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {integration.TxAckEvent & integration.TxAckEvent.$Shape} TxAckEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(
      reader: $protobuf.Reader | Uint8Array,
      length?: number,
    ): integration.TxAckEvent & integration.TxAckEvent.$Shape;

    /**
     * Creates a TxAckEvent message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns TxAckEvent
     */
    static fromObject(object: { [k: string]: any }): integration.TxAckEvent;

    /**
     * Creates a plain object from a TxAckEvent message. Also converts values to other types if specified.
     * @param message TxAckEvent
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: integration.TxAckEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this TxAckEvent to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace TxAckEvent {
    /** Properties of a TxAckEvent. */
    interface $Properties {
      /** TxAckEvent downlinkId */
      downlinkId?: number | null;

      /** TxAckEvent time */
      time?: google.protobuf.Timestamp.$Properties | null;

      /** TxAckEvent deviceInfo */
      deviceInfo?: integration.DeviceInfo.$Properties | null;

      /** TxAckEvent queueItemId */
      queueItemId?: string | null;

      /** TxAckEvent fCntDown */
      fCntDown?: number | null;

      /** TxAckEvent gatewayId */
      gatewayId?: string | null;

      /** TxAckEvent txInfo */
      txInfo?: gw.DownlinkTxInfo.$Properties | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of a TxAckEvent. */
    type $Shape = {
      downlinkId?: number | null;
      time?: google.protobuf.Timestamp.$Shape | null;
      deviceInfo?: integration.DeviceInfo.$Shape | null;
      queueItemId?: string | null;
      fCntDown?: number | null;
      gatewayId?: string | null;
      txInfo?: gw.DownlinkTxInfo.$Shape | null;
      $unknowns?: Uint8Array[];
    };
  }

  /**
   * Properties of a LogEvent.
   * @deprecated Use integration.LogEvent.$Properties instead.
   */
  interface ILogEvent extends integration.LogEvent.$Properties {}

  /** Represents a LogEvent. */
  class LogEvent {
    /**
     * Constructs a new LogEvent.
     * @param [properties] Properties to set
     */
    constructor(properties?: integration.LogEvent.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** LogEvent time. */
    time?: google.protobuf.Timestamp.$Properties | null;

    /** LogEvent deviceInfo. */
    deviceInfo?: integration.DeviceInfo.$Properties | null;

    /** LogEvent level. */
    level: integration.LogLevel;

    /** LogEvent code. */
    code: integration.LogCode;

    /** LogEvent description. */
    description: string;

    /** LogEvent context. */
    context: { [k: string]: string };

    /**
     * Creates a new LogEvent instance using the specified properties.
     * @param [properties] Properties to set
     * @returns LogEvent instance
     */
    static create(properties: integration.LogEvent.$Shape): integration.LogEvent & integration.LogEvent.$Shape;
    static create(properties?: integration.LogEvent.$Properties): integration.LogEvent;

    /**
     * Encodes the specified LogEvent message. Does not implicitly {@link integration.LogEvent.verify|verify} messages.
     * @param message LogEvent message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: integration.LogEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a LogEvent message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {integration.LogEvent & integration.LogEvent.$Shape} LogEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(
      reader: $protobuf.Reader | Uint8Array,
      length?: number,
    ): integration.LogEvent & integration.LogEvent.$Shape;

    /**
     * Creates a LogEvent message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns LogEvent
     */
    static fromObject(object: { [k: string]: any }): integration.LogEvent;

    /**
     * Creates a plain object from a LogEvent message. Also converts values to other types if specified.
     * @param message LogEvent
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: integration.LogEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this LogEvent to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace LogEvent {
    /** Properties of a LogEvent. */
    interface $Properties {
      /** LogEvent time */
      time?: google.protobuf.Timestamp.$Properties | null;

      /** LogEvent deviceInfo */
      deviceInfo?: integration.DeviceInfo.$Properties | null;

      /** LogEvent level */
      level?: integration.LogLevel | null;

      /** LogEvent code */
      code?: integration.LogCode | null;

      /** LogEvent description */
      description?: string | null;

      /** LogEvent context */
      context?: { [k: string]: string } | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of a LogEvent. */
    type $Shape = integration.LogEvent.$Properties;
  }

  /**
   * Properties of a StatusEvent.
   * @deprecated Use integration.StatusEvent.$Properties instead.
   */
  interface IStatusEvent extends integration.StatusEvent.$Properties {}

  /** Represents a StatusEvent. */
  class StatusEvent {
    /**
     * Constructs a new StatusEvent.
     * @param [properties] Properties to set
     */
    constructor(properties?: integration.StatusEvent.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** StatusEvent deduplicationId. */
    deduplicationId: string;

    /** StatusEvent time. */
    time?: google.protobuf.Timestamp.$Properties | null;

    /** StatusEvent deviceInfo. */
    deviceInfo?: integration.DeviceInfo.$Properties | null;

    /** StatusEvent margin. */
    margin: number;

    /** StatusEvent externalPowerSource. */
    externalPowerSource: boolean;

    /** StatusEvent batteryLevelUnavailable. */
    batteryLevelUnavailable: boolean;

    /** StatusEvent batteryLevel. */
    batteryLevel: number;

    /**
     * Creates a new StatusEvent instance using the specified properties.
     * @param [properties] Properties to set
     * @returns StatusEvent instance
     */
    static create(properties: integration.StatusEvent.$Shape): integration.StatusEvent & integration.StatusEvent.$Shape;
    static create(properties?: integration.StatusEvent.$Properties): integration.StatusEvent;

    /**
     * Encodes the specified StatusEvent message. Does not implicitly {@link integration.StatusEvent.verify|verify} messages.
     * @param message StatusEvent message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: integration.StatusEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a StatusEvent message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {integration.StatusEvent & integration.StatusEvent.$Shape} StatusEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(
      reader: $protobuf.Reader | Uint8Array,
      length?: number,
    ): integration.StatusEvent & integration.StatusEvent.$Shape;

    /**
     * Creates a StatusEvent message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns StatusEvent
     */
    static fromObject(object: { [k: string]: any }): integration.StatusEvent;

    /**
     * Creates a plain object from a StatusEvent message. Also converts values to other types if specified.
     * @param message StatusEvent
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: integration.StatusEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this StatusEvent to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace StatusEvent {
    /** Properties of a StatusEvent. */
    interface $Properties {
      /** StatusEvent deduplicationId */
      deduplicationId?: string | null;

      /** StatusEvent time */
      time?: google.protobuf.Timestamp.$Properties | null;

      /** StatusEvent deviceInfo */
      deviceInfo?: integration.DeviceInfo.$Properties | null;

      /** StatusEvent margin */
      margin?: number | null;

      /** StatusEvent externalPowerSource */
      externalPowerSource?: boolean | null;

      /** StatusEvent batteryLevelUnavailable */
      batteryLevelUnavailable?: boolean | null;

      /** StatusEvent batteryLevel */
      batteryLevel?: number | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of a StatusEvent. */
    type $Shape = integration.StatusEvent.$Properties;
  }

  /**
   * Properties of a LocationEvent.
   * @deprecated Use integration.LocationEvent.$Properties instead.
   */
  interface ILocationEvent extends integration.LocationEvent.$Properties {}

  /** Represents a LocationEvent. */
  class LocationEvent {
    /**
     * Constructs a new LocationEvent.
     * @param [properties] Properties to set
     */
    constructor(properties?: integration.LocationEvent.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** LocationEvent deduplicationId. */
    deduplicationId: string;

    /** LocationEvent time. */
    time?: google.protobuf.Timestamp.$Properties | null;

    /** LocationEvent deviceInfo. */
    deviceInfo?: integration.DeviceInfo.$Properties | null;

    /** LocationEvent location. */
    location?: common.Location.$Properties | null;

    /**
     * Creates a new LocationEvent instance using the specified properties.
     * @param [properties] Properties to set
     * @returns LocationEvent instance
     */
    static create(
      properties: integration.LocationEvent.$Shape,
    ): integration.LocationEvent & integration.LocationEvent.$Shape;
    static create(properties?: integration.LocationEvent.$Properties): integration.LocationEvent;

    /**
     * Encodes the specified LocationEvent message. Does not implicitly {@link integration.LocationEvent.verify|verify} messages.
     * @param message LocationEvent message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: integration.LocationEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a LocationEvent message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {integration.LocationEvent & integration.LocationEvent.$Shape} LocationEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(
      reader: $protobuf.Reader | Uint8Array,
      length?: number,
    ): integration.LocationEvent & integration.LocationEvent.$Shape;

    /**
     * Creates a LocationEvent message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns LocationEvent
     */
    static fromObject(object: { [k: string]: any }): integration.LocationEvent;

    /**
     * Creates a plain object from a LocationEvent message. Also converts values to other types if specified.
     * @param message LocationEvent
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: integration.LocationEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this LocationEvent to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace LocationEvent {
    /** Properties of a LocationEvent. */
    interface $Properties {
      /** LocationEvent deduplicationId */
      deduplicationId?: string | null;

      /** LocationEvent time */
      time?: google.protobuf.Timestamp.$Properties | null;

      /** LocationEvent deviceInfo */
      deviceInfo?: integration.DeviceInfo.$Properties | null;

      /** LocationEvent location */
      location?: common.Location.$Properties | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of a LocationEvent. */
    type $Shape = integration.LocationEvent.$Properties;
  }

  /**
   * Properties of an IntegrationEvent.
   * @deprecated Use integration.IntegrationEvent.$Properties instead.
   */
  interface IIntegrationEvent extends integration.IntegrationEvent.$Properties {}

  /** Represents an IntegrationEvent. */
  class IntegrationEvent {
    /**
     * Constructs a new IntegrationEvent.
     * @param [properties] Properties to set
     */
    constructor(properties?: integration.IntegrationEvent.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** IntegrationEvent deduplicationId. */
    deduplicationId: string;

    /** IntegrationEvent time. */
    time?: google.protobuf.Timestamp.$Properties | null;

    /** IntegrationEvent deviceInfo. */
    deviceInfo?: integration.DeviceInfo.$Properties | null;

    /** IntegrationEvent integrationName. */
    integrationName: string;

    /** IntegrationEvent eventType. */
    eventType: string;

    /** IntegrationEvent object. */
    object?: google.protobuf.Struct.$Properties | null;

    /**
     * Creates a new IntegrationEvent instance using the specified properties.
     * @param [properties] Properties to set
     * @returns IntegrationEvent instance
     */
    static create(
      properties: integration.IntegrationEvent.$Shape,
    ): integration.IntegrationEvent & integration.IntegrationEvent.$Shape;
    static create(properties?: integration.IntegrationEvent.$Properties): integration.IntegrationEvent;

    /**
     * Encodes the specified IntegrationEvent message. Does not implicitly {@link integration.IntegrationEvent.verify|verify} messages.
     * @param message IntegrationEvent message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: integration.IntegrationEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an IntegrationEvent message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {integration.IntegrationEvent & integration.IntegrationEvent.$Shape} IntegrationEvent
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(
      reader: $protobuf.Reader | Uint8Array,
      length?: number,
    ): integration.IntegrationEvent & integration.IntegrationEvent.$Shape;

    /**
     * Creates an IntegrationEvent message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns IntegrationEvent
     */
    static fromObject(object: { [k: string]: any }): integration.IntegrationEvent;

    /**
     * Creates a plain object from an IntegrationEvent message. Also converts values to other types if specified.
     * @param message IntegrationEvent
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(
      message: integration.IntegrationEvent,
      options?: $protobuf.IConversionOptions,
    ): { [k: string]: any };

    /**
     * Converts this IntegrationEvent to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace IntegrationEvent {
    /** Properties of an IntegrationEvent. */
    interface $Properties {
      /** IntegrationEvent deduplicationId */
      deduplicationId?: string | null;

      /** IntegrationEvent time */
      time?: google.protobuf.Timestamp.$Properties | null;

      /** IntegrationEvent deviceInfo */
      deviceInfo?: integration.DeviceInfo.$Properties | null;

      /** IntegrationEvent integrationName */
      integrationName?: string | null;

      /** IntegrationEvent eventType */
      eventType?: string | null;

      /** IntegrationEvent object */
      object?: google.protobuf.Struct.$Properties | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of an IntegrationEvent. */
    type $Shape = {
      deduplicationId?: string | null;
      time?: google.protobuf.Timestamp.$Shape | null;
      deviceInfo?: integration.DeviceInfo.$Shape | null;
      integrationName?: string | null;
      eventType?: string | null;
      object?: google.protobuf.Struct.$Shape | null;
      $unknowns?: Uint8Array[];
    };
  }
}

/** Namespace common. */
export namespace common {
  /** LocationSource enum. */
  enum LocationSource {
    /** UNKNOWN value */
    UNKNOWN = 0,

    /** GPS value */
    GPS = 1,

    /** CONFIG value */
    CONFIG = 2,

    /** GEO_RESOLVER_TDOA value */
    GEO_RESOLVER_TDOA = 3,

    /** GEO_RESOLVER_RSSI value */
    GEO_RESOLVER_RSSI = 4,

    /** GEO_RESOLVER_GNSS value */
    GEO_RESOLVER_GNSS = 5,

    /** GEO_RESOLVER_WIFI value */
    GEO_RESOLVER_WIFI = 6,
  }

  /** DeviceClass enum. */
  enum DeviceClass {
    /** CLASS_A value */
    CLASS_A = 0,

    /** CLASS_B value */
    CLASS_B = 1,

    /** CLASS_C value */
    CLASS_C = 2,
  }

  /**
   * Properties of a Location.
   * @deprecated Use common.Location.$Properties instead.
   */
  interface ILocation extends common.Location.$Properties {}

  /** Represents a Location. */
  class Location {
    /**
     * Constructs a new Location.
     * @param [properties] Properties to set
     */
    constructor(properties?: common.Location.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** Location latitude. */
    latitude: number;

    /** Location longitude. */
    longitude: number;

    /** Location altitude. */
    altitude: number;

    /** Location source. */
    source: common.LocationSource;

    /** Location accuracy. */
    accuracy: number;

    /**
     * Creates a new Location instance using the specified properties.
     * @param [properties] Properties to set
     * @returns Location instance
     */
    static create(properties: common.Location.$Shape): common.Location & common.Location.$Shape;
    static create(properties?: common.Location.$Properties): common.Location;

    /**
     * Encodes the specified Location message. Does not implicitly {@link common.Location.verify|verify} messages.
     * @param message Location message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: common.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a Location message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {common.Location & common.Location.$Shape} Location
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: $protobuf.Reader | Uint8Array, length?: number): common.Location & common.Location.$Shape;

    /**
     * Creates a Location message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns Location
     */
    static fromObject(object: { [k: string]: any }): common.Location;

    /**
     * Creates a plain object from a Location message. Also converts values to other types if specified.
     * @param message Location
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: common.Location, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this Location to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace Location {
    /** Properties of a Location. */
    interface $Properties {
      /** Location latitude */
      latitude?: number | null;

      /** Location longitude */
      longitude?: number | null;

      /** Location altitude */
      altitude?: number | null;

      /** Location source */
      source?: common.LocationSource | null;

      /** Location accuracy */
      accuracy?: number | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of a Location. */
    type $Shape = common.Location.$Properties;
  }
}

/** Namespace gw. */
export namespace gw {
  /** CodeRate enum. */
  enum CodeRate {
    /** CR_UNDEFINED value */
    CR_UNDEFINED = 0,

    /** CR_4_5 value */
    CR_4_5 = 1,

    /** CR_4_6 value */
    CR_4_6 = 2,

    /** CR_4_7 value */
    CR_4_7 = 3,

    /** CR_4_8 value */
    CR_4_8 = 4,

    /** CR_3_8 value */
    CR_3_8 = 5,

    /** CR_2_6 value */
    CR_2_6 = 6,

    /** CR_1_4 value */
    CR_1_4 = 7,

    /** CR_1_6 value */
    CR_1_6 = 8,

    /** CR_5_6 value */
    CR_5_6 = 9,

    /** CR_LI_4_5 value */
    CR_LI_4_5 = 10,

    /** CR_LI_4_6 value */
    CR_LI_4_6 = 11,

    /** CR_LI_4_8 value */
    CR_LI_4_8 = 12,
  }

  /** CRCStatus enum. */
  enum CRCStatus {
    /** NO_CRC value */
    NO_CRC = 0,

    /** BAD_CRC value */
    BAD_CRC = 1,

    /** CRC_OK value */
    CRC_OK = 2,
  }

  /**
   * Properties of a LoraModulationInfo.
   * @deprecated Use gw.LoraModulationInfo.$Properties instead.
   */
  interface ILoraModulationInfo extends gw.LoraModulationInfo.$Properties {}

  /** Represents a LoraModulationInfo. */
  class LoraModulationInfo {
    /**
     * Constructs a new LoraModulationInfo.
     * @param [properties] Properties to set
     */
    constructor(properties?: gw.LoraModulationInfo.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** LoraModulationInfo bandwidth. */
    bandwidth: number;

    /** LoraModulationInfo spreadingFactor. */
    spreadingFactor: number;

    /** LoraModulationInfo codeRate. */
    codeRate: gw.CodeRate;

    /**
     * Creates a new LoraModulationInfo instance using the specified properties.
     * @param [properties] Properties to set
     * @returns LoraModulationInfo instance
     */
    static create(properties: gw.LoraModulationInfo.$Shape): gw.LoraModulationInfo & gw.LoraModulationInfo.$Shape;
    static create(properties?: gw.LoraModulationInfo.$Properties): gw.LoraModulationInfo;

    /**
     * Encodes the specified LoraModulationInfo message. Does not implicitly {@link gw.LoraModulationInfo.verify|verify} messages.
     * @param message LoraModulationInfo message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: gw.LoraModulationInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a LoraModulationInfo message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {gw.LoraModulationInfo & gw.LoraModulationInfo.$Shape} LoraModulationInfo
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(
      reader: $protobuf.Reader | Uint8Array,
      length?: number,
    ): gw.LoraModulationInfo & gw.LoraModulationInfo.$Shape;

    /**
     * Creates a LoraModulationInfo message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns LoraModulationInfo
     */
    static fromObject(object: { [k: string]: any }): gw.LoraModulationInfo;

    /**
     * Creates a plain object from a LoraModulationInfo message. Also converts values to other types if specified.
     * @param message LoraModulationInfo
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: gw.LoraModulationInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this LoraModulationInfo to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace LoraModulationInfo {
    /** Properties of a LoraModulationInfo. */
    interface $Properties {
      /** LoraModulationInfo bandwidth */
      bandwidth?: number | null;

      /** LoraModulationInfo spreadingFactor */
      spreadingFactor?: number | null;

      /** LoraModulationInfo codeRate */
      codeRate?: gw.CodeRate | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of a LoraModulationInfo. */
    type $Shape = gw.LoraModulationInfo.$Properties;
  }

  /**
   * Properties of a Modulation.
   * @deprecated Use gw.Modulation.$Properties instead.
   */
  interface IModulation extends gw.Modulation.$Properties {}

  /** Represents a Modulation. */
  class Modulation {
    /**
     * Constructs a new Modulation.
     * @param [properties] Properties to set
     */
    constructor(properties?: gw.Modulation.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** Modulation lora. */
    lora?: gw.LoraModulationInfo.$Properties | null;

    /** Modulation parameters. */
    parameters?: "lora";

    /**
     * Creates a new Modulation instance using the specified properties.
     * @param [properties] Properties to set
     * @returns Modulation instance
     */
    static create(properties: gw.Modulation.$Shape): gw.Modulation & gw.Modulation.$Shape;
    static create(properties?: gw.Modulation.$Properties): gw.Modulation;

    /**
     * Encodes the specified Modulation message. Does not implicitly {@link gw.Modulation.verify|verify} messages.
     * @param message Modulation message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: gw.Modulation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a Modulation message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {gw.Modulation & gw.Modulation.$Shape} Modulation
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: $protobuf.Reader | Uint8Array, length?: number): gw.Modulation & gw.Modulation.$Shape;

    /**
     * Creates a Modulation message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns Modulation
     */
    static fromObject(object: { [k: string]: any }): gw.Modulation;

    /**
     * Creates a plain object from a Modulation message. Also converts values to other types if specified.
     * @param message Modulation
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: gw.Modulation, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this Modulation to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace Modulation {
    /** Properties of a Modulation. */
    interface $Properties {
      /** Modulation lora */
      lora?: gw.LoraModulationInfo.$Properties | null;

      /** Modulation parameters */
      parameters?: "lora";

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Narrowed shape of a Modulation. */
    type $Shape = {
      lora?: gw.LoraModulationInfo.$Shape | null;
      $unknowns?: Uint8Array[];
    } & ({ parameters?: undefined; lora?: null } | { parameters?: "lora"; lora: gw.LoraModulationInfo.$Shape });
  }

  /**
   * Properties of an UplinkTxInfo.
   * @deprecated Use gw.UplinkTxInfo.$Properties instead.
   */
  interface IUplinkTxInfo extends gw.UplinkTxInfo.$Properties {}

  /** Represents an UplinkTxInfo. */
  class UplinkTxInfo {
    /**
     * Constructs a new UplinkTxInfo.
     * @param [properties] Properties to set
     */
    constructor(properties?: gw.UplinkTxInfo.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** UplinkTxInfo frequency. */
    frequency: number;

    /** UplinkTxInfo modulation. */
    modulation?: gw.Modulation.$Properties | null;

    /**
     * Creates a new UplinkTxInfo instance using the specified properties.
     * @param [properties] Properties to set
     * @returns UplinkTxInfo instance
     */
    static create(properties: gw.UplinkTxInfo.$Shape): gw.UplinkTxInfo & gw.UplinkTxInfo.$Shape;
    static create(properties?: gw.UplinkTxInfo.$Properties): gw.UplinkTxInfo;

    /**
     * Encodes the specified UplinkTxInfo message. Does not implicitly {@link gw.UplinkTxInfo.verify|verify} messages.
     * @param message UplinkTxInfo message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: gw.UplinkTxInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an UplinkTxInfo message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {gw.UplinkTxInfo & gw.UplinkTxInfo.$Shape} UplinkTxInfo
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: $protobuf.Reader | Uint8Array, length?: number): gw.UplinkTxInfo & gw.UplinkTxInfo.$Shape;

    /**
     * Creates an UplinkTxInfo message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns UplinkTxInfo
     */
    static fromObject(object: { [k: string]: any }): gw.UplinkTxInfo;

    /**
     * Creates a plain object from an UplinkTxInfo message. Also converts values to other types if specified.
     * @param message UplinkTxInfo
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: gw.UplinkTxInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this UplinkTxInfo to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace UplinkTxInfo {
    /** Properties of an UplinkTxInfo. */
    interface $Properties {
      /** UplinkTxInfo frequency */
      frequency?: number | null;

      /** UplinkTxInfo modulation */
      modulation?: gw.Modulation.$Properties | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of an UplinkTxInfo. */
    type $Shape = {
      frequency?: number | null;
      modulation?: gw.Modulation.$Shape | null;
      $unknowns?: Uint8Array[];
    };
  }

  /**
   * Properties of an UplinkRxInfo.
   * @deprecated Use gw.UplinkRxInfo.$Properties instead.
   */
  interface IUplinkRxInfo extends gw.UplinkRxInfo.$Properties {}

  /** Represents an UplinkRxInfo. */
  class UplinkRxInfo {
    /**
     * Constructs a new UplinkRxInfo.
     * @param [properties] Properties to set
     */
    constructor(properties?: gw.UplinkRxInfo.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** UplinkRxInfo gatewayId. */
    gatewayId: string;

    /** UplinkRxInfo uplinkId. */
    uplinkId: number;

    /** UplinkRxInfo gwTime. */
    gwTime?: google.protobuf.Timestamp.$Properties | null;

    /** UplinkRxInfo rssi. */
    rssi: number;

    /** UplinkRxInfo snr. */
    snr: number;

    /** UplinkRxInfo channel. */
    channel: number;

    /** UplinkRxInfo rfChain. */
    rfChain: number;

    /** UplinkRxInfo location. */
    location?: common.Location.$Properties | null;

    /** UplinkRxInfo metadata. */
    metadata: { [k: string]: string };

    /** UplinkRxInfo crcStatus. */
    crcStatus: gw.CRCStatus;

    /** UplinkRxInfo nsTime. */
    nsTime?: google.protobuf.Timestamp.$Properties | null;

    /**
     * Creates a new UplinkRxInfo instance using the specified properties.
     * @param [properties] Properties to set
     * @returns UplinkRxInfo instance
     */
    static create(properties: gw.UplinkRxInfo.$Shape): gw.UplinkRxInfo & gw.UplinkRxInfo.$Shape;
    static create(properties?: gw.UplinkRxInfo.$Properties): gw.UplinkRxInfo;

    /**
     * Encodes the specified UplinkRxInfo message. Does not implicitly {@link gw.UplinkRxInfo.verify|verify} messages.
     * @param message UplinkRxInfo message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: gw.UplinkRxInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes an UplinkRxInfo message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {gw.UplinkRxInfo & gw.UplinkRxInfo.$Shape} UplinkRxInfo
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: $protobuf.Reader | Uint8Array, length?: number): gw.UplinkRxInfo & gw.UplinkRxInfo.$Shape;

    /**
     * Creates an UplinkRxInfo message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns UplinkRxInfo
     */
    static fromObject(object: { [k: string]: any }): gw.UplinkRxInfo;

    /**
     * Creates a plain object from an UplinkRxInfo message. Also converts values to other types if specified.
     * @param message UplinkRxInfo
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: gw.UplinkRxInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this UplinkRxInfo to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace UplinkRxInfo {
    /** Properties of an UplinkRxInfo. */
    interface $Properties {
      /** UplinkRxInfo gatewayId */
      gatewayId?: string | null;

      /** UplinkRxInfo uplinkId */
      uplinkId?: number | null;

      /** UplinkRxInfo gwTime */
      gwTime?: google.protobuf.Timestamp.$Properties | null;

      /** UplinkRxInfo rssi */
      rssi?: number | null;

      /** UplinkRxInfo snr */
      snr?: number | null;

      /** UplinkRxInfo channel */
      channel?: number | null;

      /** UplinkRxInfo rfChain */
      rfChain?: number | null;

      /** UplinkRxInfo location */
      location?: common.Location.$Properties | null;

      /** UplinkRxInfo metadata */
      metadata?: { [k: string]: string } | null;

      /** UplinkRxInfo crcStatus */
      crcStatus?: gw.CRCStatus | null;

      /** UplinkRxInfo nsTime */
      nsTime?: google.protobuf.Timestamp.$Properties | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of an UplinkRxInfo. */
    type $Shape = gw.UplinkRxInfo.$Properties;
  }

  /**
   * Properties of a DownlinkTxInfo.
   * @deprecated Use gw.DownlinkTxInfo.$Properties instead.
   */
  interface IDownlinkTxInfo extends gw.DownlinkTxInfo.$Properties {}

  /** Represents a DownlinkTxInfo. */
  class DownlinkTxInfo {
    /**
     * Constructs a new DownlinkTxInfo.
     * @param [properties] Properties to set
     */
    constructor(properties?: gw.DownlinkTxInfo.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** DownlinkTxInfo frequency. */
    frequency: number;

    /** DownlinkTxInfo power. */
    power: number;

    /** DownlinkTxInfo modulation. */
    modulation?: gw.Modulation.$Properties | null;

    /**
     * Creates a new DownlinkTxInfo instance using the specified properties.
     * @param [properties] Properties to set
     * @returns DownlinkTxInfo instance
     */
    static create(properties: gw.DownlinkTxInfo.$Shape): gw.DownlinkTxInfo & gw.DownlinkTxInfo.$Shape;
    static create(properties?: gw.DownlinkTxInfo.$Properties): gw.DownlinkTxInfo;

    /**
     * Encodes the specified DownlinkTxInfo message. Does not implicitly {@link gw.DownlinkTxInfo.verify|verify} messages.
     * @param message DownlinkTxInfo message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: gw.DownlinkTxInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a DownlinkTxInfo message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {gw.DownlinkTxInfo & gw.DownlinkTxInfo.$Shape} DownlinkTxInfo
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: $protobuf.Reader | Uint8Array, length?: number): gw.DownlinkTxInfo & gw.DownlinkTxInfo.$Shape;

    /**
     * Creates a DownlinkTxInfo message from a plain object. Also converts values to their respective internal types.
     * @param object Plain object
     * @returns DownlinkTxInfo
     */
    static fromObject(object: { [k: string]: any }): gw.DownlinkTxInfo;

    /**
     * Creates a plain object from a DownlinkTxInfo message. Also converts values to other types if specified.
     * @param message DownlinkTxInfo
     * @param [options] Conversion options
     * @returns Plain object
     */
    static toObject(message: gw.DownlinkTxInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

    /**
     * Converts this DownlinkTxInfo to JSON.
     * @returns JSON object
     */
    toJSON(): { [k: string]: any };
  }

  namespace DownlinkTxInfo {
    /** Properties of a DownlinkTxInfo. */
    interface $Properties {
      /** DownlinkTxInfo frequency */
      frequency?: number | null;

      /** DownlinkTxInfo power */
      power?: number | null;

      /** DownlinkTxInfo modulation */
      modulation?: gw.Modulation.$Properties | null;

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];
    }

    /** Shape of a DownlinkTxInfo. */
    type $Shape = {
      frequency?: number | null;
      power?: number | null;
      modulation?: gw.Modulation.$Shape | null;
      $unknowns?: Uint8Array[];
    };
  }
}

/** Namespace google. */
export namespace google {
  /** Namespace protobuf. */
  namespace protobuf {
    /**
     * Properties of a Timestamp.
     * @deprecated Use google.protobuf.Timestamp.$Properties instead.
     */
    interface ITimestamp extends google.protobuf.Timestamp.$Properties {}

    /** Represents a Timestamp. */
    class Timestamp {
      /**
       * Constructs a new Timestamp.
       * @param [properties] Properties to set
       */
      constructor(properties?: google.protobuf.Timestamp.$Properties);

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];

      /** Timestamp seconds. */
      seconds: number | Long;

      /** Timestamp nanos. */
      nanos: number;

      /**
       * Creates a new Timestamp instance using the specified properties.
       * @param [properties] Properties to set
       * @returns Timestamp instance
       */
      static create(
        properties: google.protobuf.Timestamp.$Shape,
      ): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
      static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

      /**
       * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
       * @param message Timestamp message or plain object to encode
       * @param [writer] Writer to encode to
       * @returns Writer
       */
      static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

      /**
       * Decodes a Timestamp message from the specified reader or buffer.
       * @param reader Reader or buffer to decode from
       * @param [length] Message length if known beforehand
       * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      static decode(
        reader: $protobuf.Reader | Uint8Array,
        length?: number,
      ): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

      /**
       * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
       * @param object Plain object
       * @returns Timestamp
       */
      static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

      /**
       * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
       * @param message Timestamp
       * @param [options] Conversion options
       * @returns Plain object
       */
      static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

      /**
       * Converts this Timestamp to JSON.
       * @returns JSON object
       */
      toJSON(): { [k: string]: any };
    }

    namespace Timestamp {
      /** Properties of a Timestamp. */
      interface $Properties {
        /** Timestamp seconds */
        seconds?: number | Long | null;

        /** Timestamp nanos */
        nanos?: number | null;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
      }

      /** Shape of a Timestamp. */
      type $Shape = google.protobuf.Timestamp.$Properties;
    }

    /**
     * Properties of a Struct.
     * @deprecated Use google.protobuf.Struct.$Properties instead.
     */
    interface IStruct extends google.protobuf.Struct.$Properties {}

    /** Represents a Struct. */
    class Struct {
      /**
       * Constructs a new Struct.
       * @param [properties] Properties to set
       */
      constructor(properties?: google.protobuf.Struct.$Properties);

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];

      /** Struct fields. */
      fields: { [k: string]: google.protobuf.Value.$Properties };

      /**
       * Creates a new Struct instance using the specified properties.
       * @param [properties] Properties to set
       * @returns Struct instance
       */
      static create(properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
      static create(properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;

      /**
       * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
       * @param message Struct message or plain object to encode
       * @param [writer] Writer to encode to
       * @returns Writer
       */
      static encode(message: google.protobuf.Struct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

      /**
       * Decodes a Struct message from the specified reader or buffer.
       * @param reader Reader or buffer to decode from
       * @param [length] Message length if known beforehand
       * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      static decode(
        reader: $protobuf.Reader | Uint8Array,
        length?: number,
      ): google.protobuf.Struct & google.protobuf.Struct.$Shape;

      /**
       * Creates a Struct message from a plain object. Also converts values to their respective internal types.
       * @param object Plain object
       * @returns Struct
       */
      static fromObject(object: { [k: string]: any }): google.protobuf.Struct;

      /**
       * Creates a plain object from a Struct message. Also converts values to other types if specified.
       * @param message Struct
       * @param [options] Conversion options
       * @returns Plain object
       */
      static toObject(message: google.protobuf.Struct, options?: $protobuf.IConversionOptions): { [k: string]: any };

      /**
       * Converts this Struct to JSON.
       * @returns JSON object
       */
      toJSON(): { [k: string]: any };
    }

    namespace Struct {
      /** Properties of a Struct. */
      interface $Properties {
        /** Struct fields */
        fields?: { [k: string]: google.protobuf.Value.$Properties } | null;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
      }

      /** Shape of a Struct. */
      type $Shape = {
        fields?: { [k: string]: google.protobuf.Value.$Shape } | null;
        $unknowns?: Uint8Array[];
      };
    }

    /**
     * Properties of a Value.
     * @deprecated Use google.protobuf.Value.$Properties instead.
     */
    interface IValue extends google.protobuf.Value.$Properties {}

    /** Represents a Value. */
    class Value {
      /**
       * Constructs a new Value.
       * @param [properties] Properties to set
       */
      constructor(properties?: google.protobuf.Value.$Properties);

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];

      /** Value nullValue. */
      nullValue?: google.protobuf.NullValue | null;

      /** Value numberValue. */
      numberValue?: number | null;

      /** Value stringValue. */
      stringValue?: string | null;

      /** Value boolValue. */
      boolValue?: boolean | null;

      /** Value structValue. */
      structValue?: google.protobuf.Struct.$Properties | null;

      /** Value listValue. */
      listValue?: google.protobuf.ListValue.$Properties | null;

      /** Value kind. */
      kind?: "nullValue" | "numberValue" | "stringValue" | "boolValue" | "structValue" | "listValue";

      /**
       * Creates a new Value instance using the specified properties.
       * @param [properties] Properties to set
       * @returns Value instance
       */
      static create(properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
      static create(properties?: google.protobuf.Value.$Properties): google.protobuf.Value;

      /**
       * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
       * @param message Value message or plain object to encode
       * @param [writer] Writer to encode to
       * @returns Writer
       */
      static encode(message: google.protobuf.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

      /**
       * Decodes a Value message from the specified reader or buffer.
       * @param reader Reader or buffer to decode from
       * @param [length] Message length if known beforehand
       * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      static decode(
        reader: $protobuf.Reader | Uint8Array,
        length?: number,
      ): google.protobuf.Value & google.protobuf.Value.$Shape;

      /**
       * Creates a Value message from a plain object. Also converts values to their respective internal types.
       * @param object Plain object
       * @returns Value
       */
      static fromObject(object: { [k: string]: any }): google.protobuf.Value;

      /**
       * Creates a plain object from a Value message. Also converts values to other types if specified.
       * @param message Value
       * @param [options] Conversion options
       * @returns Plain object
       */
      static toObject(message: google.protobuf.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

      /**
       * Converts this Value to JSON.
       * @returns JSON object
       */
      toJSON(): { [k: string]: any };
    }

    namespace Value {
      /** Properties of a Value. */
      interface $Properties {
        /** Value nullValue */
        nullValue?: google.protobuf.NullValue | null;

        /** Value numberValue */
        numberValue?: number | null;

        /** Value stringValue */
        stringValue?: string | null;

        /** Value boolValue */
        boolValue?: boolean | null;

        /** Value structValue */
        structValue?: google.protobuf.Struct.$Properties | null;

        /** Value listValue */
        listValue?: google.protobuf.ListValue.$Properties | null;

        /** Value kind */
        kind?: "nullValue" | "numberValue" | "stringValue" | "boolValue" | "structValue" | "listValue";

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
      }

      /** Narrowed shape of a Value. */
      type $Shape = {
        nullValue?: google.protobuf.NullValue | null;
        numberValue?: number | null;
        stringValue?: string | null;
        boolValue?: boolean | null;
        structValue?: google.protobuf.Struct.$Shape | null;
        listValue?: google.protobuf.ListValue.$Shape | null;
        $unknowns?: Uint8Array[];
      } & (
        | {
            kind?: undefined;
            nullValue?: null;
            numberValue?: null;
            stringValue?: null;
            boolValue?: null;
            structValue?: null;
            listValue?: null;
          }
        | {
            kind?: "nullValue";
            nullValue: google.protobuf.NullValue;
            numberValue?: null;
            stringValue?: null;
            boolValue?: null;
            structValue?: null;
            listValue?: null;
          }
        | {
            kind?: "numberValue";
            nullValue?: null;
            numberValue: number;
            stringValue?: null;
            boolValue?: null;
            structValue?: null;
            listValue?: null;
          }
        | {
            kind?: "stringValue";
            nullValue?: null;
            numberValue?: null;
            stringValue: string;
            boolValue?: null;
            structValue?: null;
            listValue?: null;
          }
        | {
            kind?: "boolValue";
            nullValue?: null;
            numberValue?: null;
            stringValue?: null;
            boolValue: boolean;
            structValue?: null;
            listValue?: null;
          }
        | {
            kind?: "structValue";
            nullValue?: null;
            numberValue?: null;
            stringValue?: null;
            boolValue?: null;
            structValue: google.protobuf.Struct.$Shape;
            listValue?: null;
          }
        | {
            kind?: "listValue";
            nullValue?: null;
            numberValue?: null;
            stringValue?: null;
            boolValue?: null;
            structValue?: null;
            listValue: google.protobuf.ListValue.$Shape;
          }
      );
    }

    /** NullValue enum. */
    enum NullValue {
      /** NULL_VALUE value */
      NULL_VALUE = 0,
    }

    /**
     * Properties of a ListValue.
     * @deprecated Use google.protobuf.ListValue.$Properties instead.
     */
    interface IListValue extends google.protobuf.ListValue.$Properties {}

    /** Represents a ListValue. */
    class ListValue {
      /**
       * Constructs a new ListValue.
       * @param [properties] Properties to set
       */
      constructor(properties?: google.protobuf.ListValue.$Properties);

      /** Unknown fields preserved while decoding when enabled */
      $unknowns?: Uint8Array[];

      /** ListValue values. */
      values: google.protobuf.Value.$Properties[];

      /**
       * Creates a new ListValue instance using the specified properties.
       * @param [properties] Properties to set
       * @returns ListValue instance
       */
      static create(
        properties: google.protobuf.ListValue.$Shape,
      ): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
      static create(properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;

      /**
       * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
       * @param message ListValue message or plain object to encode
       * @param [writer] Writer to encode to
       * @returns Writer
       */
      static encode(message: google.protobuf.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

      /**
       * Decodes a ListValue message from the specified reader or buffer.
       * @param reader Reader or buffer to decode from
       * @param [length] Message length if known beforehand
       * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
       * @throws {Error} If the payload is not a reader or valid buffer
       * @throws {$protobuf.util.ProtocolError} If required fields are missing
       */
      static decode(
        reader: $protobuf.Reader | Uint8Array,
        length?: number,
      ): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;

      /**
       * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
       * @param object Plain object
       * @returns ListValue
       */
      static fromObject(object: { [k: string]: any }): google.protobuf.ListValue;

      /**
       * Creates a plain object from a ListValue message. Also converts values to other types if specified.
       * @param message ListValue
       * @param [options] Conversion options
       * @returns Plain object
       */
      static toObject(message: google.protobuf.ListValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

      /**
       * Converts this ListValue to JSON.
       * @returns JSON object
       */
      toJSON(): { [k: string]: any };
    }

    namespace ListValue {
      /** Properties of a ListValue. */
      interface $Properties {
        /** ListValue values */
        values?: google.protobuf.Value.$Properties[] | null;

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
      }

      /** Shape of a ListValue. */
      type $Shape = {
        values?: google.protobuf.Value.$Shape[] | null;
        $unknowns?: Uint8Array[];
      };
    }
  }
}
